# Reminders by phone for members without a smartphone: what a call says, the SMS, and what leaders and coordinators hear. (a draft: see locales/README.md)

# A reminder call reads its answers as keys to press (a voice note says "answer with a tap or a number").
call-keys = Proszę nacisnąć klawisz w telefonie.
# Variables:
#   $number (number) - the key that gives this answer
#   $label (string) - the answer
call-key = { $label }: proszę nacisnąć { $number }.
call-unclear = Przepraszamy, ten klawisz nie jest jedną z odpowiedzi.
# The reminder as an SMS: short (each 160 Latin or 70 other characters cost one SMS); its answers follow as numbered lines.
# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or "none"
reminder-sms = samen: nasze spotkanie: { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Miejsce: { $place }.
    } Czy Pan/Pani przyjdzie?
# Variables:
#   $name (string) - the member who did not answer
#   $phone (string) - her number
call-unanswered = ☎️ { $name } dwa razy nie odebrał(a) przypominającego telefonu od samen. Proszę samemu zadzwonić: { $phone }
# Variables:
#   $limit (number) - calls plus SMS segments a month
phone-limit-reached = ☎️ Osiągnięto limit { $limit } połączeń i SMS-ów na ten miesiąc. Kolejne połączenia czekają do przyszłego miesiąca: prowadzący grupy dzwonią do tych osób sami.
# Variables:
#   $name (string) - the new member without a smartphone
members-add-ask-reminders = ☎️ Czy samen może przypominać { $name } o każdym spotkaniu automatycznym telefonem lub SMS-em? Tylko za zgodą tej osoby.
members-remind-call = Telefon
members-remind-sms = SMS
mm-phone-reminders = Telefon lub SMS
members-remind-none = Nie, ja dzwonię
# Variables:
#   $name (string) - the member
#   $how (string) - call, sms or none
members-reminded-by = { $how ->
        [call] ☎️ samen dzwoni do { $name } dzień przed każdym spotkaniem; odpowiedź to jeden klawisz.
        [sms] 💬 { $name } dostaje SMS dzień przed każdym spotkaniem.
       *[none] 📵 { $name } nie dostaje przypomnień przez telefon: przypomina Pan/Pani sam(a).
    }
report-h-phone = Przypomnienia przez telefon
report-calls = Telefony z przypomnieniem
report-sms-segments = Części SMS
