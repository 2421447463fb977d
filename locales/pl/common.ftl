# Wspólne wiadomości: odpowiedzi liczbą, stare przyciski, błędy.

# Variables:
#   $count (number) - how many choices there are
answer-with-number = { $count ->
    [one] Proszę wysłać 1.
   *[other] Proszę wysłać numer od 1 do { $count }.
}
# Variables:
#   $count (number) - how many choices there are
answer-out-of-range = Proszę wybrać liczbę od 1 do { $count }.
button-expired = Ten przycisk już nie działa. Proszę wysłać „pomoc”, aby zobaczyć, co można zrobić.
cancel = Anuluj
empty-message = Ta wiadomość jest pusta. Proszę coś napisać, wysłać wiadomość głosową albo nacisnąć przycisk.
error-sorry = Przepraszamy, coś poszło nie tak po naszej stronie. Wiadomość jest zapisana. Proszę spróbować później.
unknown-command = Nie znam tego polecenia.
# Variables:
#   $name (string) - the member's display name
#   $reason (string) - failed, unknown, unreachable or window
outbox-undelivered = { $reason ->
    [unknown] ⚠️ { $name }: wiadomość mogła nie dotrzeć. Proszę to sprawdzić u tej osoby.
    [unreachable] ⚠️ { $name }: bot nie ma już kontaktu z tą osobą. Proszę do niej zadzwonić.
    [window] ⚠️ { $name }: z tą osobą można się teraz kontaktować tylko telefonicznie, dopóki znów nie napisze do bota.
   *[failed] ⚠️ { $name }: nie udało się dostarczyć wiadomości. Proszę zadzwonić do tej osoby.
}
# Variables:
#   $answer (string) - the button her words were taken as, in her language
answer-understood = Rozumiem: { $answer }
# A voice note reads a clock time in words (a speech engine reads "10:00" as "ten zero zero").
# Variables:
#   $hour (number) - 0 to 23
#   $minute (number) - 0 to 59
spoken-time = { $minute ->
        [0] godzina { $hour }
       *[other] godzina { $hour } { $minute }
    }
# A voice note then reads out the buttons as numbers.
spoken-choices = Odpowiedz, dotykając przycisku albo wysyłając numer.
# Variables:
#   $number (number) - the number that answers with this button
#   $label (string) - the button's label
spoken-choice = { $number }: { $label }.
# A day as people write it: the order and small words of this language (names come from CLDR).
# Variables:
#   $weekday (string) - the weekday in full
#   $day (string) - the day of the month
#   $month (string) - the month in full
date-day = { $weekday }, { $day } { $month }
# A day with its time.
# Variables:
#   $date (string) - the day, as date-day writes it
#   $time (string) - the time, 24-hour
date-time = { $date }, { $time }
