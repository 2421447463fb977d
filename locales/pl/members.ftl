# Narzędzia opiekuna grupy: menu, zaproszenia, lista uczestników, uczestnicy bez smartfona.

menu-no-group = Nie prowadzi Pan/Pani jeszcze żadnej grupy.
menu-pick-group = Która grupa?
# Variables:
#   $group (string) - the group's name
menu-title = Menu grupy { $group }:
menu-invite = Zaproś
menu-members = Uczestnicy
menu-add-phone-only = Bez smartfona
# Variables:
#   $code (string) - the invite code
#   $group (string) - the group's name
#   $expires (datetime) - when the code stops working
#   $uses (number) - how many people can still use it
invite-created = Nowy kod dla grupy { $group }: { $code }
    Proszę przekazać go nowemu uczestnikowi. Kod jest ważny do: { $expires }. { $uses ->
        [one] Może go użyć jedna osoba.
        [few] Mogą go użyć { $uses } osoby.
        [many] Może go użyć { $uses } osób.
       *[other] Może go użyć { $uses } osoby.
    }
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many members
#   $lines (string) - one line per member
members-list = { $group }: { $count ->
        [one] jedna osoba
        [few] { $count } osoby
        [many] { $count } osób
       *[other] { $count } osoby
    }
    { $lines }
    ⭐ opiekun grupy · 📵 bez smartfona · 📞 można dzwonić · 🔕 wiadomości wyłączone · ⏳ jeszcze bez zgody
# Variables:
#   $group (string) - the group's name
members-add-ask-name = Dodawanie osoby bez smartfona do grupy { $group }. Proszę dodać tylko kogoś, kto zgodził się dołączyć. Jak ta osoba ma na imię?
# Variables:
#   $max (number) - the longest name allowed
members-add-bad-name = Proszę wpisać imię, które ma najwyżej { $max ->
        [one] 1 literę
        [few] { $max } litery
        [many] { $max } liter
       *[other] { $max } litery
    }.
# Variables:
#   $name (string) - the new member's name
members-add-ask-language = Jakim językiem mówi { $name }?
# Variables:
#   $name (string) - the new member's name
members-add-ask-number = Jaki numer telefonu ma { $name }? Proszę go podać tylko za zgodą tej osoby. Albo proszę nacisnąć „Pomiń”.
members-add-skip = Pomiń
members-add-bad-number = To nie jest numer telefonu. Proszę wpisać go tak: +31612345678, albo nacisnąć „Pomiń”.
# Variables:
#   $name (string) - the new member's name
#   $group (string) - the group's name
#   $language (string) - their language, in its own name
members-add-done = ✅ { $name } ({ $language }) jest teraz w grupie { $group }. Odpowiada Pan/Pani w imieniu tej osoby.
members-add-cancelled = Dobrze, nikogo nie dodano.
# Variables:
#   $link (string) - a Telegram link that joins with the code
invite-link = Na Telegramie nowy uczestnik może też nacisnąć ten link: { $link }
# Variables:
#   $link (string) - a WhatsApp link that opens a chat with the join words ready
invite-link-whatsapp = Na WhatsAppie nowy uczestnik może nacisnąć ten link, a potem „Wyślij”: { $link }
