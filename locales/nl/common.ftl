# Gedeelde berichten: antwoorden met cijfers, oude knoppen, fouten.

# Variables:
#   $count (number) - how many choices there are
answer-with-number = { $count ->
    [one] Stuur 1 om te kiezen.
   *[other] Stuur een nummer van 1 tot en met { $count }.
}
# Variables:
#   $count (number) - how many choices there are
answer-out-of-range = Kies een nummer van 1 tot en met { $count }.
button-expired = Deze knop werkt niet meer. Stuur "help" om te zien wat u kunt doen.
cancel = Annuleren
empty-message = Ik kreeg een leeg bericht. Schrijf iets, stuur een spraakbericht of tik op een knop.
error-sorry = Sorry, er ging bij ons iets mis. Uw bericht is bewaard. Probeer het later nog eens.
unknown-command = Die opdracht ken ik niet.
# Variables:
#   $name (string) - the member's display name
#   $reason (string) - failed, unknown, unreachable or window
outbox-undelivered = { $reason ->
    [unknown] ⚠️ Een bericht aan { $name } is misschien niet aangekomen. Vraag het even na.
    [unreachable] ⚠️ { $name } is niet meer bereikbaar via de bot. Bel { $name } alstublieft.
    [window] ⚠️ { $name } is alleen telefonisch bereikbaar tot { $name } de bot weer schrijft.
   *[failed] ⚠️ Een bericht aan { $name } kon niet worden bezorgd. Bel { $name } alstublieft.
}
# Variables:
#   $answer (string) - the button her words were taken as, in her language
answer-understood = Ik heb begrepen: { $answer }
# A voice note reads a clock time in words (a speech engine reads "10:00" as "ten zero zero").
# Variables:
#   $hour (number) - 0 to 23
#   $minute (number) - 0 to 59
spoken-time = { $minute ->
        [0] { $hour } uur
       *[other] { $hour } uur { $minute }
    }
# A voice note then reads out the buttons as numbers.
spoken-choices = Antwoord met een tik of een nummer.
# Variables:
#   $number (number) - the number that answers with this button
#   $label (string) - the button's label
spoken-choice = { $number }: { $label }.
# A day as people write it: the order and small words of this language (names come from CLDR).
# Variables:
#   $weekday (string) - the weekday in full
#   $day (string) - the day of the month
#   $month (string) - the month in full
date-day = { $weekday } { $day } { $month }
# A day with its time.
# Variables:
#   $date (string) - the day, as date-day writes it
#   $time (string) - the time, 24-hour
date-time = { $date } om { $time }
