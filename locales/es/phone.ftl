# Reminders by phone for members without a smartphone: what a call says, the SMS, and what leaders and coordinators hear. (a draft: see locales/README.md)

# A reminder call reads its answers as keys to press (a voice note says "answer with a tap or a number").
call-keys = Pulse una tecla de su teléfono.
# Variables:
#   $number (number) - the key that gives this answer
#   $label (string) - the answer
call-key = Pulse { $number }: { $label }.
call-unclear = Perdone, esa tecla no es una de las respuestas.
# The reminder as an SMS: short (each 160 Latin or 70 other characters cost one SMS); its answers follow as numbered lines.
# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or "none"
reminder-sms = samen: nuestra reunión es el { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Lugar: { $place }.
    } ¿Viene?
# Variables:
#   $name (string) - the member who did not answer
#   $phone (string) - her number
call-unanswered = ☎️ { $name } no contestó dos veces la llamada de recordatorio de samen. Por favor, llame usted: { $phone }
# Variables:
#   $limit (number) - calls plus SMS segments a month
phone-limit-reached = ☎️ Se ha llegado al límite de { $limit } llamadas y SMS de este mes. Las siguientes llamadas de recordatorio esperan al mes que viene: los responsables de grupo llaman ellos mismos a estas personas.
# Variables:
#   $name (string) - the new member without a smartphone
members-add-ask-reminders = ☎️ ¿Puede samen recordar a { $name } cada reunión con una llamada automática o un SMS? Solo con su permiso.
members-remind-call = Llamada
members-remind-sms = SMS
mm-phone-reminders = Llamada o SMS
members-remind-none = No, llamo yo
# Variables:
#   $name (string) - the member
#   $how (string) - call, sms or none
members-reminded-by = { $how ->
        [call] ☎️ samen llama a { $name } el día antes de cada reunión; responde con una tecla.
        [sms] 💬 { $name } recibe un SMS el día antes de cada reunión.
       *[none] 📵 { $name } no recibe recordatorios por teléfono: usted se lo recuerda.
    }
report-h-phone = Recordatorios por teléfono
report-calls = Llamadas de recordatorio
report-sms-segments = Partes de SMS
