# Obecność po spotkaniu, pytanie o samopoczucie nieobecnych, podsumowanie dla opiekuna grupy, zadania.

# Variables:
#   $date (datetime) - when the meeting was
#   $lines (string) - one numbered line per member, ✅ present or ▫️ absent
attendance-list = 📋 Kto był na spotkaniu: { $date }? Proszę nacisnąć imię, aby zaznaczyć lub odznaczyć obecność, albo wysłać numery osób, które przyszły (np. 1 3 4 albo „wszyscy oprócz 2”). Potem proszę nacisnąć „Potwierdź”.
    { $lines }
attendance-confirm = Potwierdź
# Variables:
#   $present (number) - how many came
#   $total (number) - how many members
attendance-saved = ✅ Zapisane. Obecni: { $present } z { $total }.
# Variables:
#   $date (datetime) - when the meeting was
attendance-nudge = 📋 Obecność nie jest jeszcze zapisana (spotkanie: { $date }).
attendance-bad-numbers = Proszę wysłać numery osób, które przyszły, np. 1 3 4 albo „wszyscy oprócz 2”.
checkin-missed = Brakowało nam dziś Pana/Pani. Co u Pana/Pani słychać?
checkin-excused = Mamy nadzieję, że u Pana/Pani wszystko dobrze. Do zobaczenia następnym razem!
checkin-fine = Wszystko dobrze
checkin-unwell = Nie najlepiej
checkin-call = Proszę zadzwonić
checkin-thanks = Dziękujemy za informację. 🌷
checkin-unwell-reply = Przykro nam to słyszeć. Opiekun grupy skontaktuje się z Panem/Panią.
# Variables:
#   $date (datetime) - when the meeting was
#   $absent (string) - names
#   $atrisk (string) - names absent twice or more in a row
#   $call (string) - names who asked to be called
#   $silent (string) - names who did not answer the check-in
digest = 📝 Po spotkaniu: { $date }
    Nieobecni: { $absent }
    ⚠️ Nieobecni co najmniej dwa razy z rzędu: { $atrisk }
    📞 Proszą o telefon: { $call }
    🔕 Brak odpowiedzi w ciągu 48 godzin: { $silent }
# Variables:
#   $name (string) - the member's name
#   $reason (string) - call-me, unwell or no-answer
task-new = { $reason ->
        [unwell] 🗒 Zadanie: { $name } nie czuje się dobrze. Proszę skontaktować się z tą osobą.
        [no-answer] 🗒 Zadanie: { $name } – nieobecność na spotkaniu i brak odpowiedzi. Proszę skontaktować się z tą osobą.
        [missed] 🗒 Zadanie: proszę zadzwonić do: { $name } (bez smartfona) – nieobecność na spotkaniu.
       *[call-me] 🗒 Zadanie: { $name } prosi o telefon.
    }
# Variables:
#   $name (string) - the member's name
task-reminder = 🗒 Nadal do zrobienia: kontakt – { $name }. Jak poszło?
task-reached = Jest kontakt
task-not-reached = Brak kontaktu
task-needs-help = Potrzebna pomoc
task-done = ✅ Zapisane. Dziękujemy.
# A participant's words or voice note while her answer to the check-in after an absence is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
#   $text (string) - what she wrote
relay-from-member-checkin = 💬 { $name } ({ $group }) po pytaniu, jak się czuje po spotkaniu { $date }: { $text }
    Czy to odpowiedź? Zapisz ją przyciskiem.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - the meeting she missed
relay-from-member-voice-checkin = 🎤 Wiadomość głosowa od: { $name } ({ $group }) po pytaniu, jak się czuje po spotkaniu { $date }.
    Czy to odpowiedź? Zapisz ją przyciskiem.
# Buttons for the group leader: her answer to the check-in, recorded on her behalf.
checkin-for-fine = Czuje się dobrze
checkin-for-unwell = Nie najlepiej
# Variables:
#   $name (string) - the member
#   $answer (string) - the answer recorded
checkin-for-saved = ✅ Zapisano dla: { $name }: { $answer }.
attendance-ask-activity = 🎯 Co dziś razem robiliście? Dotknij jednej opcji albo napisz kilka słów. (Do raportu; można pominąć.)
attendance-activity-skipped = Dobrze, nic nie zapisano.
attendance-activity-words = Napisz kilka słów (najwyżej { $max } znaków) albo dotknij jednego z przycisków.
attendance-activity-saved = ✅ Zapisano do raportu: { $activity }.
