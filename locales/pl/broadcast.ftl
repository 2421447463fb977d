# Ogłoszenia opiekuna grupy dla grupy, gotowe wiadomości, połączona grupa na Telegramie.

menu-broadcast = Wyślij wszystkim
menu-link-chat = Grupa Telegram
# Variables:
#   $group (string) - the group's name
bc-ask-audience = 📣 Wiadomość do grupy { $group }. Kto ma ją dostać?
bc-everyone = Wszyscy
bc-coming = Kto przyjdzie
# Variables:
#   $group (string) - the group's name
bc-ask-content = Proszę napisać wiadomość albo wysłać zdjęcie lub wiadomość głosową. Można też wybrać gotową wiadomość: każdy dostanie ją w swoim języku.
bc-ready-cancelled-label = Nie ma spotkania
bc-ready-place-label = Nowe miejsce
bc-ready-bring-label = Przynieś coś
bc-ready-ramadan-label = Ramadan
bc-ready-eid-label = Eid Mubarak
bc-ready-christmas-label = Boże Narodzenie
bc-ready-newyear-label = Nowy Rok
bc-ready-ketikoti-label = Keti Koti
bc-ready-divali-label = Diwali
bc-ready-summer-label = Przerwa wakacyjna
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-cancelled = 📣 { $group }: spotkanie ({ $date }) się nie odbędzie. Damy znać o następnym. Proszę na siebie uważać!
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
#   $place (string) - the new place, or "none"
bc-ready-place = 📣 { $group }: spotkanie ({ $date }) odbędzie się w innym miejscu. { $place ->
        [none] Opiekun grupy poda nowe miejsce.
       *[other] Nowe miejsce: { $place }.
    }
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-bring = 📣 { $group }: na spotkanie ({ $date }) proszę przynieść coś, czym można się podzielić: potrawę, zdjęcie albo opowieść z rodzinnych stron. 🍲
# Variables:
#   $group (string) - the group's name
bc-ready-ramadan = 🌙 Grupa { $group } życzy wszystkim poszczącym błogosławionego miesiąca. Ramadan Mubarak!
# Variables:
#   $group (string) - the group's name
bc-ready-eid = 🌙 Eid Mubarak! Grupa { $group } życzy radosnego święta Id w gronie rodziny.
# Variables:
#   $group (string) - the group's name
bc-ready-christmas = 🎄 Grupa { $group } życzy wesołych Świąt Bożego Narodzenia i ciepłych dni z bliskimi.
# Variables:
#   $group (string) - the group's name
bc-ready-newyear = 🎆 Szczęśliwego Nowego Roku od grupy { $group }! Cieszymy się, że znów się zobaczymy.
# Variables:
#   $group (string) - the group's name
bc-ready-ketikoti = Keti Koti: dziś wspominamy koniec niewolnictwa i świętujemy wolność. Grupa { $group } łączy się w tym ważnym dniu.
# Variables:
#   $group (string) - the group's name
bc-ready-divali = 🪔 Szczęśliwego Diwali! Grupa { $group } życzy światła, radości i dobrego zdrowia.
# Variables:
#   $group (string) - the group's name
bc-ready-summer = ☀️ Grupa { $group } ma przerwę wakacyjną. Udanego lata! Damy znać, kiedy znów się spotkamy.
bc-needs-meeting = Nie ma zaplanowanego następnego spotkania, więc tej wiadomości nie można teraz użyć. Proszę napisać własną wiadomość.
bc-preview-title = 👀 Oto, co dostaną:
# Variables:
#   $count (number) - how many members get it
#   $languages (string) - their languages
#   $versions (string) - languages with a version of their own, or "none"
#   $phone (string) - names of members without a smartphone, or "none"
#   $chat (string) - yes when it also goes to a linked Telegram group
bc-summary = Wiadomość trafi do { $count ->
        [one] 1 uczestnika
        [few] { $count } uczestników
        [many] { $count } uczestników
       *[other] { $count } uczestnika
    } ({ $languages }).{ $versions ->
        [none] {""}
       *[other] {" "}Osobna wersja w języku: { $versions }.
    }{ $chat ->
        [yes] {" "}Także do połączonej grupy na Telegramie.
       *[other] {""}
    }{ $phone ->
        [none] {""}
       *[other] {" "}Bez smartfona, proszę zadzwonić: { $phone }.
    } Wysłać teraz?
bc-send = Wyślij
bc-add-version = Inny język
bc-version-not-needed = Gotowa wiadomość i tak trafia do każdego w jego własnym języku.
bc-ask-version-language = W jakim języku chce Pan/Pani napisać osobną wersję?
# Variables:
#   $language (string) - the language
bc-ask-version-text = Proszę napisać wiadomość w języku: { $language }.
bc-cancelled = Dobrze, nic nie zostało wysłane.
bc-nobody = Nie ma jeszcze nikogo, do kogo można to wysłać.
# Variables:
#   $count (number) - how many members get it
bc-sent = 📣 Wysłano do { $count ->
        [one] 1 uczestnika
        [few] { $count } uczestników
        [many] { $count } uczestników
       *[other] { $count } uczestnika
    }. Odpowiedzi przyjdą tutaj.
# Variables:
#   $count (number) - how many members to call
#   $lines (string) - one line per member: name and number if known
bc-call-these = 📵 { $count ->
        [one] Ta osoba nie ma
        [few] Te osoby nie mają
        [many] Te osoby nie mają
       *[other] Te osoby nie mają
    } smartfona. Proszę zadzwonić i przekazać wiadomość:
    { $lines }
# Variables:
#   $group (string) - the group's name
#   $name (string) - the group leader's name
#   $text (string) - the message
broadcast-message = 📣 { $group } · { $name }:
    { $text }
# Variables:
#   $group (string) - the group's name
#   $name (string) - the group leader's name
broadcast-media = 📣 { $group } · { $name }
# Variables:
#   $group (string) - the group's name
#   $code (string) - the one-time code
#   $linked (string) - yes when a chat is linked already
link-howto = 🔗 { $group } – grupa na Telegramie: tylko dla uczestników, którzy sami chcą do niej dołączyć, bo tam widać imiona i konta innych osób.
    1. Proszę założyć grupę na Telegramie i dodać mnie do niej.
    2. Proszę wysłać tam: /link { $code }
    Kod działa raz, przez jeden dzień. Ogłoszenia będą wtedy trafiać także do tej grupy; ankiety są tam anonimowe. Nigdy nikogo do niej nie dodaję.{ $linked ->
        [yes] {" "}Jedna grupa jest już połączona: nowe połączenie ją zastąpi.
       *[other] {""}
    }
link-unlink = Odłącz czat
link-none = Żadna grupa na Telegramie nie jest połączona.
# Variables:
#   $group (string) - the group's name
link-unlinked = ✅ Grupa na Telegramie nie jest już połączona z grupą { $group }.
# Variables:
#   $group (string) - the group's name
chat-unlinked = Ten czat nie jest już połączony z grupą { $group }. Ogłoszenia przychodzą teraz tylko na czatach prywatnych.
chat-link-bad-code = Ten kod nie działa. Proszę poprosić o nowy kod w menu („Grupa Telegram”) i wysłać tutaj /link z tym kodem.
chat-link-leaders-only = Tylko opiekun grupy może połączyć lub odłączyć ten czat.
# Variables:
#   $other (string) - the group this chat is linked to
chat-link-taken = Ten czat jest już połączony z grupą { $other }. Proszę najpierw wysłać /unlink.
# Variables:
#   $group (string) - the group's name
chat-linked = ✅ Ten czat jest teraz połączony z grupą { $group }. Ogłoszenia pojawią się też tutaj. Wszystko inne zostaje w prywatnych czatach ze mną.
chat-not-linked = Ten czat nie jest połączony z żadną grupą.
chat-what-i-do = Publikuję tu tylko ogłoszenia. W innych sprawach proszę napisać do mnie na czacie prywatnym.
chat-vote = 🗳 Co będziemy robić razem? Ta ankieta jest anonimowa. Liczą się tylko głosy oddane na prywatnym czacie ze mną.
# The preview shows every version the leader wrote.
# Variables:
#   $language (string) - the version's language, in its own name
#   $text (string) - the version
bc-preview-version = 🌐 { $language }: { $text }
# Variables:
#   $names (string) - who will get the leader's own text
#   $count (number) - how many they are
#   $language (string) - the language they chose, in its own name
bc-no-version = { $names }: { $count ->
        [one] czyta
       *[other] czytają
    } po { $language }. Tekst dotrze tak, jak go napisano. Dotknij { $language }, aby dodać wersję.
# Members who have their messages read aloud do not hear a leader's own text (it is not translated).
# Variables:
#   $names (string) - who has voice on
#   $count (number) - how many they are
bc-no-voice = 🔇 { $names }: { $count ->
        [one] dostaje
       *[other] dostają
    } wiadomości także głosowo, ale Pana/Pani własne słowa nie są czytane na głos. Gotowa wiadomość jest, tak samo nagrana wiadomość głosowa.
