# Shared messages: answering with numbers, old buttons, errors.

# Variables:
#   $count (number) - how many choices there are
answer-with-number = { $count ->
    [one] Reply 1 to choose.
   *[other] Reply with a number from 1 to { $count }.
}
# Variables:
#   $count (number) - how many choices there are
answer-out-of-range = Please choose a number from 1 to { $count }.
button-expired = This button no longer works. Send "help" to see what you can do.
cancel = Cancel
empty-message = I got an empty message. Write, send a voice note, or tap a button.
error-sorry = Sorry, something went wrong on our side. Your message is saved. Please try again later.
unknown-command = I don't know that command.
# Variables:
#   $name (string) - the member's display name
#   $reason (string) - failed, unknown, unreachable or window
outbox-undelivered = { $reason ->
    [unknown] ⚠️ A message to { $name } may not have arrived. Please check with them.
    [unreachable] ⚠️ { $name } can no longer be reached by the bot. Please call them.
    [window] ⚠️ { $name } can only be reached by phone until they write to the bot again.
   *[failed] ⚠️ A message to { $name } could not be delivered. Please call them.
}
# Variables:
#   $answer (string) - the button her words were taken as, in her language
answer-understood = I understood: { $answer }
# A voice note reads a clock time in words (a speech engine reads "10:00" as "ten zero zero").
# Variables:
#   $hour (number) - 0 to 23
#   $minute (number) - 0 to 59
spoken-time = { $minute ->
        [0] { $hour } o'clock
       *[other] { $hour } { $minute }
    }
# A voice note then reads out the buttons as numbers.
spoken-choices = Answer with a tap or a number.
# Variables:
#   $number (number) - the number that answers with this button
#   $label (string) - the button's label
spoken-choice = { $number }: { $label }.
# A day as people write it: the order and small words of this language (names come from CLDR).
# Variables:
#   $weekday (string) - the weekday in full
#   $day (string) - the day of the month
#   $month (string) - the month in full
date-day = { $weekday }, { $month } { $day }
# A day with its time.
# Variables:
#   $date (string) - the day, as date-day writes it
#   $time (string) - the time, 24-hour
date-time = { $date }, { $time }
