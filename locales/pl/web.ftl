# Strona internetowa dla koordynatorów i liderów grup
menu-web = Strona www
web-link = 🖥 Twój link do strony:
    { $url }
    Zaloguje Cię raz, w ciągu { $minutes } minut. Nie przekazuj go nikomu: otwiera stronę jako Ty.
web-staff-only = Strona jest dla liderów grup i koordynatorów.
web-not-running = Strona nie jest włączona. Zapytaj koordynatora.
web-page-title = samen
web-signin-title = Logowanie
web-signin-text = Nie ma tu haseł. Wyślij „web” do samen na Telegramie lub WhatsAppie: dostaniesz link, który Cię zaloguje. Działa raz, w ciągu 10 minut.
web-login-expired = Ten link do logowania wygasł.
web-login-used = Ten link do logowania został już użyty.
web-login-unknown = Ten link do logowania jest nieprawidłowy.
web-login-again = Wyślij „web” do samen, aby dostać nowy link.
web-signout = Wyloguj
web-signed-in-as = Zalogowano jako { $name }
web-overview = Przegląd
web-forbidden = Nie możesz otworzyć tej strony.
web-form-expired = Ten formularz wygasł. Wróć, odśwież stronę i spróbuj ponownie.
web-group = Grupa
web-leaders = Liderzy
web-members = Uczestnicy
web-languages = Języki
web-next-meeting = Następne spotkanie
web-no-leader = Brak lidera
web-nothing-planned = Nic nie zaplanowano
web-no-groups = Nie ma jeszcze grup.
web-language = Język
web-needs-attention = Najpierw dla Ciebie
web-nothing-waiting = Nic na Ciebie nie czeka.
web-attention-no-leader = nie ma lidera: zrób liderem jednego z uczestników albo zaproś lidera.
web-attention-help = Prośby o pomoc (🆘) od lidera: { $count }
web-attention-tasks = Otwarte zadania (telefon): { $count }
web-attention-stopped = Uczestnicy, którzy wyłączyli wiadomości: { $count }
web-attendance = Obecność
web-came-of = Przyszło { $present } z { $expected }
web-tasks = Otwarte zadania
web-away = Nieobecni
web-stopped = Wyłączyli
web-form-incomplete = Wypełnij wszystkie pola formularza.
web-card-pdf = Karta z zaproszeniem do wydruku (PDF)
web-name = Imię
web-role = Rola
web-role-participant = Uczestnik
web-role-facilitator = Lider grupy
web-role-buddy = Towarzysz
web-phone-only = bez smartfona
web-away-until = nieobecny do { $date }
web-invite = Zaproszenie
web-invite-who = Kogo zapraszasz?
web-invite-make = Utwórz kod zaproszenia
web-meetings = Spotkania
web-when = Kiedy
web-place = Miejsce
web-change = Zmień
web-move-to = Przenieś na
web-move = Przenieś
web-other-place = Inne miejsce
web-cancel-sure = tak, odwołaj
web-cancel = Odwołaj spotkanie
web-add-meeting = Dodatkowe spotkanie
web-add = Dodaj
web-cancelled = odwołane
web-not-recorded = nie wpisano
web-nothing-yet = Jeszcze nic.
web-wishes = Życzenia
web-vote = Głosowanie
web-people = Osoby w grupie: { $count }
web-plan = Zaplanuj sezon
web-plan-when = Kiedy
web-plan-weekday = Dzień
web-plan-time = Godzina
web-plan-every = Jak często
web-plan-every-1 = co tydzień
web-plan-every-2 = co dwa tygodnie
web-plan-duration = Minuty
web-plan-from = Od
web-plan-until = Do
web-plan-count = Albo: ile spotkań
web-plan-break = Przerwa letnia
web-plan-traditions = Tradycje
web-plan-region = Region ferii szkolnych
web-plan-region-noord = Północ
web-plan-region-midden = Środek
web-plan-region-zuid = Południe
web-plan-mosque = Daty islamskie, jak w meczecie
web-plan-policies = Co dzieje się w te dni
web-plan-policy-skip = bez spotkania
web-plan-policy-move = przenieś na następny wolny tydzień
web-plan-policy-keep = spotkanie jak zwykle
web-plan-preview = Podgląd
web-plan-save-note = Po zapisaniu ten plan zastąpi zaplanowane spotkania od pierwszego dnia, a każdy uczestnik dowie się o tym w swoim języku.
web-plan-save = Zapisz plan
web-plan-legend-session = spotkanie
web-plan-legend-feast = święto
web-plan-bad-weekday = Wybierz dzień tygodnia.
web-plan-bad-every = Wybierz co tydzień albo co dwa tygodnie.
web-plan-bad-islamic-shift = Wybierz dzień meczetu: -1, 0 albo +1.
web-plan-bad-duration = Spotkanie trwa od 15 do 720 minut.
web-plan-bad-time = Podaj godzinę jak 10:00.
web-plan-bad-from = Podaj pierwszy dzień jako datę.
web-plan-bad-count = Podaj liczbę spotkań: od 1 do 200.
web-plan-bad-until = Podaj ostatni dzień jako datę, najwyżej dwa lata po pierwszym.
web-plan-bad-break = Przerwa letnia potrzebuje pierwszego i ostatniego dnia, ostatni nie przed pierwszym.
web-plan-school-region = Ferie szkolne potrzebują regionu: północ, środek albo południe.
web-plan-shift = { $days ->
    [-1] dzień wcześniej
    [1] dzień później
   *[0] jak wyliczono
}
web-plan-policy-default = domyślnie ({ $policy ->
    [skip] bez spotkania
    [move] przenieś
   *[keep] jak zwykle
})
web-plan-preview-title = Spotkania: { $count }
web-plan-line-break = { $date }: przerwa, bez spotkania
web-plan-saved = ✅ Plan zapisany. Spotkania: { $count }. Uczestnicy dowiedzą się o tym w swoim języku.
web-reports = Raporty
web-report-for = Raport dla
web-report-show = Pokaż
web-report-scope-g = { $name }
web-report-scope-n = { $name }, obecność z imionami
web-report-scope-o = { $name }, wszystkie grupy
web-audit = Co zrobili liderzy i koordynatorzy
web-audit-who = Kto
web-audit-what = Co
web-new-group = Nowa grupa
web-organisation = Organizacja
web-city = Miejscowość
web-new-group-make = Utwórz grupę
web-group-created = Grupa { $group } jest utworzona. Zaproś lidera poniżej.
web-report-meetings = Odbyte spotkania
web-report-activity = Co robiliśmy
web-audit-action = { $action ->
    [activity-recorded] zapisał, co robiła grupa
    [attendance-recorded] wpisał, kto przyszedł
    [away-set] zapisał nieobecność uczestnika
    [broadcast-sent] wysłał wiadomość do wszystkich
    [buddy-answer] osoba wspierająca dostała odpowiedź
    [buddy-proposed] zaproponował osobę wspierającą
    [call-number-shared] udostępniono numer do rozmowy
    [call-permission] powiedział, czy można dzwonić
    [chat-link-code] utworzył kod do połączenia czatu
    [chat-linked] połączył grupę Telegram
    [chat-unlinked] odłączył grupę Telegram
    [checkin-recorded-for] wpisał odpowiedź po nieobecności za uczestnika
    [consent-given] uczestnik zgodził się na wiadomości
    [data-exported] uczestnik poprosił o swoje dane
    [group-created] utworzył grupę
    [group-greeting] nagrał powitanie
    [group-greeting-removed] usunął powitanie
    [invite-created] utworzył kod zaproszenia
    [joined] uczestnik dołączył
    [member-moved] przeniósł uczestnika do innej grupy
    [member-promoted] zrobił uczestnika liderem
    [member-removed] usunął uczestnika
    [member-renamed] zmienił imię uczestnika
    [opted-in] uczestnik znów odbiera wiadomości
    [opted-out] uczestnik wyłączył wiadomości
    [phone-only-added] dodał uczestnika bez smartfona
    [relay-answered] odpowiedział uczestnikowi
    [relayed] przekazano wiadomość
    [report-made] zrobił raport
    [rsvp-recorded-for] wpisał odpowiedź na spotkanie za uczestnika
    [schedule-applied] zapisał plan
    [session-added] dodał spotkanie
    [session-cancelled] odwołał spotkanie
    [session-moved] przeniósł spotkanie
    [session-note] dodał notatkę do spotkania
    [session-place] zmienił miejsce spotkania
    [session-voice] nagrał wiadomość głosową do spotkania
    [session-voice-removed] usunął wiadomość głosową spotkania
    [task-done] zamknął zadanie
    [task-escalated] poprosił koordynatora o pomoc
    [voice-preference] uczestnik wybrał głos albo tekst
    [phone-reminders] zmienił(a), jak przypominać osobie bez smartfona
    [vote-activity-moved] przeniósł zajęcie z głosowania na inne spotkanie
    [vote-recorded-for] wpisał głos za uczestnika
    [vote-started] rozpoczął głosowanie
    [vote-tie-decided] rozstrzygnął remis
    [web-link-sent] poprosił o stronę www
    [web-signed-in] zalogował się na stronę
    [wishes-started] rozpoczął rundę życzeń
   *[other] { $action }
}
