# Planowanie spotkań na czacie i informowanie uczestników o zmianach.

menu-schedule = Plan na rok
menu-sessions = Spotkania
menu-extra-session = Dodaj spotkanie
sched-ask-weekday = W jaki dzień tygodnia spotyka się grupa?
sched-ask-time = O której godzinie zaczyna się spotkanie? Proszę nacisnąć godzinę albo wpisać ją, np. 10:30.
sched-bad-time = Proszę wpisać godzinę, np. 10:30, albo ją nacisnąć.
sched-ask-every = Jak często?
sched-every-1 = Co tydzień
sched-every-2 = Co dwa tygodnie
sched-ask-from = Od jakiej daty?
sched-ask-place = Gdzie spotyka się grupa? Proszę wpisać miejsce albo nacisnąć przycisk.
sched-place-none = Miejsce później
sched-ask-break = Czy grupa ma przerwę wakacyjną latem?
sched-break-none = Bez przerwy latem
sched-break-school = Wakacje szkolne
sched-break-july-august = Lipiec i sierpień
# Variables:
#   $chosen (string) - the traditions chosen so far
sched-ask-traditions = Jakie święta ma uwzględnić plan? Proszę nacisnąć, aby dodać lub usunąć, a potem nacisnąć „Gotowe”.
    Wybrane: { $chosen }
sched-traditions-done = Gotowe
tradition-dutch = Święta w Holandii
tradition-school = Ferie szkolne
tradition-islamic = Święta islamskie
tradition-christian = Święta kościelne
tradition-orthodox = Święta cerkiewne
tradition-hindu = Święta hinduskie
tradition-surinamese = Dni surinamskie
tradition-chinese = Chiński Nowy Rok
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many sessions
#   $lines (string) - the sessions and the decisions, one per line
sched-preview = Plan dla grupy { $group }: { $count ->
        [one] jedno spotkanie
        [few] { $count } spotkania
        [many] { $count } spotkań
       *[other] { $count } spotkania
    }
    { $lines }
sched-confirm = Zapisz plan
# Variables:
#   $count (number) - how many sessions were saved
sched-saved = ✅ Zapisane: { $count ->
        [one] jedno spotkanie
        [few] { $count } spotkania
        [many] { $count } spotkań
       *[other] { $count } spotkania
    }. Wszyscy w grupie dostaną wiadomość.
sched-cancelled = Dobrze, niczego nie zapisano.
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
#   $to (string) - the new day
sched-line-moved = { $date }: { $observance } → { $to }
# Variables:
#   $date (string) - the day
#   $observance (string) - the feast or holiday
sched-line-skipped = { $date }: { $observance }, bez spotkania
# Variables:
#   $count (number) - sessions in the first twelve months
sched-warning-too-few = ⚠️ Tylko { $count ->
        [one] jedno spotkanie
        [few] { $count } spotkania
        [many] { $count } spotkań
       *[other] { $count } spotkania
    } w ciągu dwunastu miesięcy. Grupa potrzebuje co najmniej 10.
# Variables:
#   $from (string) - the last session before the gap
#   $to (string) - the first session after the gap
sched-warning-gap = ⚠️ Brak spotkań od { $from } do { $to }. Czy to przerwa?
# A skip the coordinator chose leaves more than two weeks without a meeting.
# Variables:
#   $date (string) - the skipped day
#   $observance (string) - what falls on it, by name
#   $weeks (number) - how many weeks go by between two meetings
sched-warning-long-skip = ⚠️ { $date }: { $observance }, bez spotkania. Grupa nie spotka się wtedy przez { $weeks } tyg.; poradnik zaleca spotkania co najmniej co dwa tygodnie.
# Variables:
#   $observance (string) - the feast or holiday
#   $policy (string) - skip, move or keep
sched-default = { $observance }: { $policy ->
        [skip] bez spotkania (domyślnie)
        [move] przeniesione na najbliższy wolny tydzień (domyślnie)
       *[keep] spotkanie się odbywa (domyślnie)
    }
sess-ask-pick = Które spotkanie?
sess-none = Nie ma jeszcze zaplanowanych spotkań.
# Variables:
#   $date (datetime) - when the session is
sess-what = Spotkanie: { $date }. Co chce Pan/Pani zrobić?
sess-move = Przenieś
sess-cancel = Odwołaj spotkanie
sess-ask-moveto = Na jaki dzień?
# Variables:
#   $date (datetime) - when the session is
sess-confirm-cancel = Odwołać spotkanie: { $date }? Wszyscy dostaną wiadomość.
sess-yes-cancel = Tak, odwołaj
sess-keep = Nie, zostaw
sess-done-moved = ✅ Przeniesione. Wszyscy dostaną wiadomość.
sess-done-cancelled = ✅ Odwołane. Wszyscy dostaną wiadomość.
sess-ask-extra-day = Na jaki dzień dodać spotkanie?
sess-done-added = ✅ Dodatkowe spotkanie jest zapisane. Wszyscy dostaną wiadomość.
# Variables:
#   $first (datetime) - the first session
#   $count (number) - how many sessions
schedule-new = 📅 Nowe terminy spotkań: { $count ->
        [one] jedno spotkanie
        [few] { $count } spotkania
        [many] { $count } spotkań
       *[other] { $count } spotkania
    }. Pierwsze: { $first }.
# Variables:
#   $old (datetime) - the old time
#   $new (datetime) - the new time
session-moved = 📅 Zmiana terminu spotkania. Było: { $old }. Teraz: { $new }.
# Variables:
#   $date (datetime) - the meeting that will not take place
session-cancelled = 📅 Spotkanie nie odbędzie się: { $date }.
# Variables:
#   $date (datetime) - the extra meeting
session-added = 📅 Dodatkowe spotkanie: { $date }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }. Zapraszamy!
sess-place = Inne miejsce
sess-note = Uwaga
sess-ask-place = 📍 Gdzie jest spotkanie { $date }? Proszę wpisać miejsce, na przykład: Hema, centrum.
sess-ask-note = 📝 Co wszyscy powinni wiedzieć o spotkaniu { $date }? Na przykład: proszę przynieść zdjęcie rodziny.
sess-bad-text = Proszę napisać kilka słów (najwyżej { $max } znaków).
sess-done-place = ✅ Miejsce zmienione. Wszyscy się dowiedzą.
sess-done-note = ✅ Uwaga dodana. Wszyscy się dowiedzą.
session-place = 📍 Spotkanie { $date } odbędzie się w innym miejscu: { $place }.
session-note = 📝 Na spotkanie { $date }: { $note }
sess-ask-extra-place = 📍 Gdzie jest dodatkowe spotkanie? Proszę wpisać miejsce albo nacisnąć zwykłe.
# The leader's own voice with the reminders: for one meeting, or a standing greeting for every reminder.
sess-voice = Nagranie głosowe
# Variables:
#   $date (datetime) - the meeting
sess-ask-voice = 🎙 Proszę teraz wysłać mi wiadomość głosową: kilka słów powitania od Pana/Pani. Wszyscy dostaną ją z przypomnieniem o spotkaniu { $date }.
# Variables:
#   $date (datetime) - the meeting
sess-done-voice = ✅ Pana/Pani wiadomość głosowa pójdzie z przypomnieniem o spotkaniu { $date }.
grp-greeting = Nagraj powitanie
# Variables:
#   $group (string) - the group's name
grp-ask-greeting = 🎙 Proszę wysłać mi krótką wiadomość głosową: powitanie od Pana/Pani. Pójdzie z każdym przypomnieniem grupy { $group }.
# Variables:
#   $group (string) - the group's name
grp-done-greeting = ✅ Pana/Pani powitanie pójdzie z każdym przypomnieniem grupy { $group }.
voice-note-remove = Usuń nagranie
voice-note-removed = 🗑 Nagranie zostało usunięte.
voice-note-wanted = Proszę wysłać wiadomość głosową (przytrzymać przycisk mikrofonu) albo dotknąć Anuluj.
