# Reminders by phone for members without a smartphone: what a call says, the SMS, and what leaders and coordinators hear. (a draft: see locales/README.md)

# A reminder call reads its answers as keys to press (a voice note says "answer with a tap or a number").
call-keys = Primi un tecla riba bo telefòn.
# Variables:
#   $number (number) - the key that gives this answer
#   $label (string) - the answer
call-key = Primi { $number }: { $label }.
call-unclear = Despensá, e tecla ei no ta un di e kontestanan.
# The reminder as an SMS: short (each 160 Latin or 70 other characters cost one SMS); its answers follow as numbered lines.
# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or "none"
reminder-sms = samen: nos enkuentro ta { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Lugá: { $place }.
    } Bo ta bini?
# Variables:
#   $name (string) - the member who did not answer
#   $phone (string) - her number
call-unanswered = ☎️ { $name } no a kontestá e yamada di rekordatorio di samen dos biaha. Por fabor yama { $name } bo mes: { $phone }
# Variables:
#   $limit (number) - calls plus SMS segments a month
phone-limit-reached = ☎️ E límite di { $limit } yamada i SMS pa e luna aki a yega. Otro yamadanan di rekordatorio ta warda te luna siguiente: e guianan di grupo ta yama e miembronan aki nan mes.
# Variables:
#   $name (string) - the new member without a smartphone
members-add-ask-reminders = ☎️ Samen por rekordá { $name } promé ku kada enkuentro, ku un yamada outomátiko òf un SMS? Solamente ku pèrmit di { $name }.
members-remind-call = Yamada
members-remind-sms = SMS
mm-phone-reminders = Yamada òf SMS
members-remind-none = No, mi ta yama
# Variables:
#   $name (string) - the member
#   $how (string) - call, sms or none
members-reminded-by = { $how ->
        [call] ☎️ samen ta yama { $name } e dia promé ku kada enkuentro; { $name } ta kontestá ku un tecla.
        [sms] 💬 { $name } ta haña un SMS e dia promé ku kada enkuentro.
       *[none] 📵 { $name } no ta haña rekordatorio pa telefòn: bo mes ta rekordá { $name }.
    }
report-h-phone = Rekordatorio pa telefòn
report-calls = Yamadanan di rekordatorio
report-sms-segments = Partinan di SMS
