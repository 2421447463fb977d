# Reminders by phone for members without a smartphone: what a call says, the SMS, and what leaders and coordinators hear. (a draft: see locales/README.md)

# A reminder call reads its answers as keys to press (a voice note says "answer with a tap or a number").
call-keys = Натиснете бутон на телефона си.
# Variables:
#   $number (number) - the key that gives this answer
#   $label (string) - the answer
call-key = Натиснете { $number }: { $label }.
call-unclear = Съжаляваме, този бутон не е от отговорите.
# The reminder as an SMS: short (each 160 Latin or 70 other characters cost one SMS); its answers follow as numbered lines.
# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or "none"
reminder-sms = samen: срещата ни е на { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Място: { $place }.
    } Ще дойдете ли?
# Variables:
#   $name (string) - the member who did not answer
#   $phone (string) - her number
call-unanswered = ☎️ { $name } не вдигна два пъти напомнящото обаждане от samen. Моля, обадете се сами: { $phone }
# Variables:
#   $limit (number) - calls plus SMS segments a month
phone-limit-reached = ☎️ Лимитът за този месец от { $limit } обаждания и SMS-а е достигнат. Следващите напомнящи обаждания чакат до следващия месец: водещите на групите се обаждат сами на тези хора.
# Variables:
#   $name (string) - the new member without a smartphone
members-add-ask-reminders = ☎️ Може ли samen да напомня на { $name } преди всяка среща с автоматично обаждане или SMS? Само със съгласието на този човек.
members-remind-call = Обаждане
members-remind-sms = SMS
mm-phone-reminders = Обаждане или SMS
members-remind-none = Не, аз ще звъня
# Variables:
#   $name (string) - the member
#   $how (string) - call, sms or none
members-reminded-by = { $how ->
        [call] ☎️ samen се обажда на { $name } в деня преди всяка среща; отговорът е с бутон.
        [sms] 💬 { $name } получава SMS в деня преди всяка среща.
       *[none] 📵 { $name } не получава напомняния по телефона: вие напомняте сами.
    }
report-h-phone = Напомняния по телефона
report-calls = Напомнящи обаждания
report-sms-segments = Части от SMS
