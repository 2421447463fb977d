for-group = 👥 { $group }
group-no-leader = ⚠️ Grupa { $group } nie ma teraz opiekuna. Dopóki go nie ma, to, co dostałby opiekun, przychodzi do Pana/Pani z nazwą grupy na górze.
group-make-leader = Wybierz opiekuna
group-invite-leader = Zaproś opiekuna
leader-pick = Kto poprowadzi grupę { $group }?
leader-pick-nobody = W grupie { $group } nie ma jeszcze uczestników ze smartfonem. Proszę zaprosić nowego opiekuna.
invite-created-leader = Kod dla nowego opiekuna grupy { $group }: { $code }
    Proszę wysłać go nowemu opiekunowi. Działa do { $expires }, dla jednej osoby.
leader-welcome = ⭐ Witamy w roli opiekuna grupy { $group }!
    • Tutaj przychodzą wiadomości od uczestników: proszę nacisnąć ↩ Odpowiedz, aby odpowiedzieć.
    • Proszę wysłać „menu”: uczestnicy, spotkania, życzenia i wiadomości do grupy.
    • 🗒 Zadanie (do kogoś zadzwonić) ma przyciski: proszę nacisnąć, jak poszło.
task-escalated = 🆘 Przekazano koordynatorowi. Dziękujemy.
task-help-needed = 🆘 { $leader } potrzebuje pomocy w sprawie: { $name } ({ $group }). { $reason ->
        [unwell] { $name } źle się czuje.
        [no-answer] { $name } nie odpowiada po nieobecności na spotkaniu.
        [missed] { $name } nie ma smartfona i opuścił(a) spotkanie.
       *[call-me] { $name } prosi o telefon.
    } Proszę skontaktować się z: { $leader }. Jak poszło?
call-nobody = Pana/Pani grupa nie ma teraz opiekuna. Prośba jest zapisana: zobaczy ją nowy opiekun.
member-stopped = 🔕 { $name } napisał(a) stop i nie dostaje już wiadomości od samen. Proszę zadzwonić, jeśli chce Pan/Pani wiedzieć dlaczego.
member-resumed = 🔔 { $name } znów dostaje wiadomości.
call-these = 📞 Proszę zadzwonić { $count ->
        [one] do tej osoby
       *[other] do tych osób
    }, aby to przekazać (📵 bez smartfona, ⏳ WhatsApp wstrzymuje wiadomości, dopóki sami nie napiszą):
    { $lines }
grp-new = Nowa grupa
grp-ask-name = ➕ Nowa grupa. Jak się nazywa? Na przykład: Koffie Oost.
grp-name-taken = Grupa o nazwie { $group } już istnieje. Proszę wybrać inną nazwę.
grp-ask-language = W jakim języku uczestnicy grupy { $group } rozmawiają ze sobą najczęściej?
grp-ask-city = W jakim mieście lub dzielnicy spotyka się grupa? Albo proszę nacisnąć Pomiń.
grp-ask-region = Ze względu na ferie szkolne: w jakim regionie jest grupa?
grp-region-noord = Północ
grp-region-midden = Środek
grp-region-zuid = Południe
grp-created = ✅ Grupa { $group } jest gotowa. Proszę teraz zaprosić opiekuna: dostanie kod dla jednej osoby.
grp-open-menu = Menu grupy
grp-skip = Pomiń
