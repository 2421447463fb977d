# Dołączanie: kody zaproszenia, zgoda, język, telefony, powitanie.

stranger-how-to-join = Dzień dobry! Aby dołączyć do grupy, proszę wysłać kod od opiekuna grupy.
invite-unknown = Nie znam tego kodu. Proszę go sprawdzić albo poprosić opiekuna grupy o nowy kod.
invite-expired = Ten kod jest już za stary. Proszę poprosić opiekuna grupy o nowy kod.
invite-used-up = Ten kod został użyty zbyt wiele razy. Proszę poprosić opiekuna grupy o nowy kod.
# Variables:
#   $group (string) - the group's name
invite-already-member = Jest Pan/Pani już w grupie { $group }.
# Variables:
#   $group (string) - the group's name
consent-question = Witamy w grupie { $group }! Będziemy wysyłać terminy spotkań i zapisywać imię, język i odpowiedzi – czy Pan/Pani się zgadza?
consent-yes = Zgadzam się
consent-no = Nie, dziękuję
language-other = Inny język
consent-already = Odpowiedź jest już zapisana. Dziękujemy!
consent-declined = Dobrze. Niczego nie zapisaliśmy. Można dołączyć później z tym samym kodem.
language-question = W jakim języku mamy pisać?
# Variables:
#   $language (string) - the language's own name
language-changed = Gotowe. Od teraz będę pisać w tym języku: { $language }.
call-question = Czy opiekun grupy może do Pana/Pani dzwonić?
call-yes = Tak, może dzwonić
call-no = Proszę nie dzwonić
call-saved-yes = Zapisane: opiekun grupy może do Pana/Pani dzwonić.
call-saved-no = Zapisane: opiekun grupy nie będzie dzwonić.
# Variables:
#   $group (string) - the group's name
welcome-participant = Jest Pan/Pani w grupie { $group }. 🌷 Przed każdym spotkaniem przyjdzie przypomnienie. Tu można napisać albo nagrać wiadomość dla opiekuna grupy. To, co mówimy w grupie, zostaje w grupie.
# Variables:
#   $group (string) - the group's name
welcome-facilitator = Witamy w roli opiekuna grupy { $group }! Tutaj przychodzą wiadomości od uczestników. Proszę wysłać „menu”, aby zobaczyć narzędzia.
# Variables:
#   $name (string) - the new member's display name
#   $group (string) - the group's name
#   $language (string) - the member's language, in its own name
member-joined = 👋 { $name } jest teraz w grupie { $group } ({ $language }).
# Variables:
#   $names (list) - the names of those who joined, as one list (cut after two: "and 8 others")
#   $group (string) - the group's name
members-joined = 👋 { $names } są teraz w grupie { $group }.
# Variables:
#   $count (number) - how many names are left out (2 or more)
list-others = { $count ->
    [one] jedna inna osoba
    [few] { $count } inne osoby
   *[other] { $count } innych osób
}
call-share-number = Proszę nacisnąć przycisk poniżej, aby przekazać opiekunowi grupy swój numer telefonu.
call-share-button = Wyślij mój numer
call-number-saved = Dziękujemy. Opiekun grupy może teraz do Pana/Pani dzwonić.
# After the language: voice messages for those who read little (the question comes with its own voice note).
voice-question = 🔊 Czy mam wysyłać moje wiadomości także jako wiadomości głosowe?
voice-yes = Tak, także głosowo
voice-no = Nie, sam tekst
voice-on = 🔊 Od teraz moje wiadomości przychodzą także jako wiadomości głosowe.
voice-off = 📝 Od teraz moje wiadomości przychodzą tylko jako tekst.
# Variables:
#   $language (string) - her language, in its own name: there is no voice for it yet
voice-none = Przepraszam, w języku { $language } nie umiem jeszcze mówić. Wiadomości przychodzą jako tekst.
