# Reminders by phone for members without a smartphone: what a call says, the SMS, and what leaders and coordinators hear.

# A reminder call reads its answers as keys to press (a voice note says "answer with a tap or a number").
call-keys = Press a key on your phone.
# Variables:
#   $number (number) - the key that gives this answer
#   $label (string) - the answer
call-key = Press { $number }: { $label }.
call-unclear = Sorry, that key is not one of the answers.
# The reminder as an SMS: short (each 160 Latin or 70 other characters cost one SMS); its answers follow as numbered lines.
# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or "none"
reminder-sms = samen: our meeting is on { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Place: { $place }.
    } Are you coming?
# Variables:
#   $name (string) - the member who did not answer
#   $phone (string) - her number
call-unanswered = ☎️ { $name } did not answer samen's reminder call twice. Please call { $name } yourself: { $phone }
# Variables:
#   $limit (number) - calls plus SMS segments a month
phone-limit-reached = ☎️ This month's limit of { $limit ->
        [one] 1 call or text message
       *[other] { $limit } calls and text messages
    } is reached. Further reminder calls wait until next month: the group leaders call these members themselves.
# Variables:
#   $name (string) - the new member without a smartphone
members-add-ask-reminders = ☎️ May samen remind { $name } before each meeting, with an automatic call or a text message? Only with { $name }'s permission.
members-remind-call = Call
members-remind-sms = Text message
mm-phone-reminders = Call or SMS
members-remind-none = No, I call
# Variables:
#   $name (string) - the member
#   $how (string) - call, sms or none
members-reminded-by = { $how ->
        [call] ☎️ samen calls { $name } the day before each meeting; { $name } answers with a key.
        [sms] 💬 { $name } gets a text message the day before each meeting.
       *[none] 📵 { $name } gets no reminders by phone: you remind { $name } yourself.
    }
report-h-phone = Reminders by phone
report-calls = Reminder calls
report-sms-segments = SMS segments
