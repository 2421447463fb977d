# Reminders by phone for members without a smartphone: what a call says, the SMS, and what leaders and coordinators hear. (a draft: see locales/README.md)

# A reminder call reads its answers as keys to press (a voice note says "answer with a tap or a number").
call-keys = Pumindot po ng numero sa inyong telepono.
# Variables:
#   $number (number) - the key that gives this answer
#   $label (string) - the answer
call-key = Pindutin ang { $number }: { $label }.
call-unclear = Pasensya na po, hindi kasama sa mga sagot ang pindot na iyan.
# The reminder as an SMS: short (each 160 Latin or 70 other characters cost one SMS); its answers follow as numbered lines.
# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or "none"
reminder-sms = samen: ang pagkikita natin ay sa { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Lugar: { $place }.
    } Darating po ba kayo?
# Variables:
#   $name (string) - the member who did not answer
#   $phone (string) - her number
call-unanswered = ☎️ Dalawang beses hindi sinagot ni { $name } ang tawag-paalala ng samen. Pakitawagan po ninyo si { $name }: { $phone }
# Variables:
#   $limit (number) - calls plus SMS segments a month
phone-limit-reached = ☎️ Naabot na ang limitasyon ngayong buwan na { $limit } tawag at text. Ang susunod na mga tawag-paalala ay maghihintay hanggang sa susunod na buwan: ang mga group leader na ang tatawag sa mga miyembrong ito.
# Variables:
#   $name (string) - the new member without a smartphone
members-add-ask-reminders = ☎️ Puwede bang paalalahanan ng samen si { $name } bago ang bawat pagkikita, sa awtomatikong tawag o text? Kung pumayag lang po siya.
members-remind-call = Tawag
members-remind-sms = Text
mm-phone-reminders = Tawag o text
members-remind-none = Ako ang tatawag
# Variables:
#   $name (string) - the member
#   $how (string) - call, sms or none
members-reminded-by = { $how ->
        [call] ☎️ Tatawagan ng samen si { $name } isang araw bago ang bawat pagkikita; sasagot siya sa isang pindot.
        [sms] 💬 Makakatanggap si { $name } ng text isang araw bago ang bawat pagkikita.
       *[none] 📵 Walang paalala sa telepono si { $name }: kayo po ang magpapaalala.
    }
report-h-phone = Paalala sa telepono
report-calls = Mga tawag-paalala
report-sms-segments = Mga bahagi ng SMS
