# Recordatorios, las respuestas a ellos, el próximo encuentro, la lista del guía del grupo antes de un encuentro.

# Variables:
#   $date (datetime) - when the meeting starts
#   $place (string) - where, or empty
#   $note (string) - a note such as "no shared meal", or empty
reminder = 📅 Recordatorio: nuestro encuentro es el { $date }.{ $place ->
        [none] {""}
       *[other] {" "}Lugar: { $place }.
    }{ $note ->
        [none] {""}
       *[other] {" "}{ $note }
    }
    ¿Va a venir?
rsvp-yes = Sí, voy a ir
rsvp-no = No puedo ir
rsvp-call = Llámeme, por favor
rsvp-saved-yes = ✅ ¡Muchas gracias! Nos vemos allí.
rsvp-saved-no = Gracias por avisarnos. Esperamos verle la próxima vez.
rsvp-saved-call = 📞 Su guía le llamará.
rsvp-closed = Este encuentro ya ha empezado. No se pudo cambiar su respuesta.
next-none = Todavía no hay ningún encuentro planeado. Su guía le avisará.
# Variables:
#   $name (string) - the member's display name
#   $phone (string) - their number, or "none" when they did not agree to be called
followup-call = 📞 { $name } pide que le llame. { $phone ->
        [none] Todavía no hay número: le llegará aquí en cuanto lo comparta.
       *[other] Número: { $phone }
    }
# Variables:
#   $date (datetime) - when the meeting starts
#   $coming (string) - names
#   $notcoming (string) - names
#   $noanswer (string) - names
#   $call (string) - names
roster = 📋 Encuentro del { $date }
    ✅ Vienen: { $coming }
    ❌ No vienen: { $notcoming }
    ❔ Sin respuesta: { $noanswer }
    📞 Llamar: { $call }
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved = ✅ Anotado: { $name } viene.
# A participant's message while her answer to a meeting's reminder is missing.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
#   $text (string) - what she wrote
relay-from-member-rsvp = 💬 { $name } ({ $group }) sobre la reunión del { $date }: { $text }
    ¿Es una respuesta? Anótela con un botón.
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $date (datetime) - when the meeting starts
relay-from-member-voice-rsvp = 🎤 Mensaje de voz de { $name } ({ $group }) sobre la reunión del { $date }.
    ¿Es una respuesta? Anótela con un botón.
# Buttons for the group leader: her answer, recorded on her behalf.
rsvp-for-yes = Viene
rsvp-for-no = No viene
rsvp-for-call = Quiere una llamada
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-no = ❌ Anotado: { $name } no viene.
# Variables:
#   $name (string) - the member's display name
rsvp-for-saved-call = 📞 Anotado: { $name } quiere una llamada.
# On the day, for who already said she is coming (no question asked again).
# Variables:
#   $time (string) - when the meeting starts, such as 14:00
#   $place (string) - where, or none
reminder-today = 👋 Hasta hoy a las { $time }{ $place ->
        [none] {""}
       *[other] {", "}{ $place }
    }.
rsvp-no-after-all = Ya no puedo ir
# With the first reminder of a meeting, the leader's own voice note (this is its caption).
# Variables:
#   $date (datetime) - the meeting
reminder-voice = 🎙 Unas palabras de su guía para la reunión del { $date }.
