# Mga pangkalahatang mensahe: pagsagot gamit ang numero, lumang button, mga error.
# NOTE: in CLDR Filipino, [one] also covers 2, 3, 5, 7, 8, 10, 11 … so [one] must not say "isa".

# Variables:
#   $count (number) - how many choices there are
answer-with-number = { $count ->
    [1] Ipadala po ang 1 para pumili.
    [one] Sumagot po ng numero mula 1 hanggang { $count }.
   *[other] Sumagot po ng numero mula 1 hanggang { $count }.
}
# Variables:
#   $count (number) - how many choices there are
answer-out-of-range = Pumili po ng numero mula 1 hanggang { $count }.
button-expired = Hindi na gumagana ang button na ito. Ipadala po ang "tulong" para makita kung ano ang magagawa ninyo.
cancel = Kanselahin
empty-message = Walang laman ang mensaheng natanggap ko. Sumulat po, magpadala ng voice message, o pindutin ang isang button.
error-sorry = Paumanhin po, may nagkaproblema sa aming panig. Naka-save ang inyong mensahe. Pakisubukan po ulit mamaya.
unknown-command = Hindi ko po alam ang utos na iyan.
# Variables:
#   $name (string) - the member's display name
#   $reason (string) - failed, unknown, unreachable or window
outbox-undelivered = { $reason ->
    [unknown] ⚠️ Maaaring hindi dumating ang isang mensahe kay { $name }. Pakitanong po si { $name } kung natanggap niya ito.
    [unreachable] ⚠️ Hindi na maabot ng bot si { $name }. Pakitawagan po siya.
    [window] ⚠️ Sa telepono lang po maaabot si { $name } hanggang sumulat siya ulit sa bot.
   *[failed] ⚠️ Hindi naipadala ang isang mensahe kay { $name }. Pakitawagan po siya.
}
# Variables:
#   $answer (string) - the button her words were taken as, in her language
answer-understood = Naintindihan ko po: { $answer }
# A voice note reads a clock time in words (a speech engine reads "10:00" as "ten zero zero").
# Variables:
#   $hour (number) - 0 to 23
#   $minute (number) - 0 to 59
spoken-time = { $minute ->
        [0] alas-{ $hour }
       *[other] { $hour } at { $minute }
    }
# A voice note then reads out the buttons as numbers.
spoken-choices = Sumagot sa pag-tap o sa numero.
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
