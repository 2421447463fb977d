# Elegir juntos: una ronda de deseos, la selección de la guía del grupo, la votación, el resultado.

activity-walk = Paseo corto
activity-cooking = Cocinar y comer
activity-museum = Visita al museo
activity-trip = Excursión
activity-health = Charla de salud
activity-massage = Masaje de manos
activity-knitting = Tejer
activity-painting = Pintar
activity-clay = Modelar arcilla
activity-flowers = Ramos de flores
activity-singing = Cantar
activity-dancing = Bailar
activity-quiz = Concurso
activity-feast = Celebrar juntos
activity-sports = Deporte en sala
activity-crafts = Pulseras
menu-wishes = Deseos
menu-vote = Votación
# Variables:
#   $count (number) - how many members were asked
wish-started = 💡 Ha empezado la ronda de deseos: { $count ->
        [one] se ha preguntado a un participante.
        [many] se ha preguntado a { $count } de participantes.
       *[other] se ha preguntado a { $count } participantes.
    }
wish-q-happy = 💡 ¿Qué le hace feliz? Toque un botón, escriba unas palabras o envíe un mensaje de voz.
wish-q-before = 💡 ¿Qué le gustaba hacer antes? Toque otra vez en la lista de arriba o un botón de abajo, escriba unas palabras o envíe un mensaje de voz.
wish-q-together = 💡 ¿Qué le gustaría hacer junto con el grupo? Toque otra vez en la lista de arriba o un botón de abajo, escriba unas palabras o envíe un mensaje de voz.
wish-dont-know = Todavía no lo sé
wish-thanks = 🌷 ¡Muchas gracias! Su guía reunirá todas las ideas.
wish-reminder = 💡 A su grupo le gustaría conocer sus ideas. Todavía puede responder.
# Variables:
#   $name (string) - the member's name
wish-voice-from = 🎤 Deseo de { $name } (mensaje de voz)
# Variables:
#   $count (number) - how many members answered
#   $lines (string) - the wishes, one per line
wish-results = 💡 Los deseos hasta ahora (respuestas: { $count }):
    { $lines }
    Toque las actividades para la votación (de 2 a 10) o escriba su propia opción; luego toque "Empezar votación".
wish-vote-start = Empezar votación
wish-season = Para la temporada
wish-need-options = Elija al menos dos opciones (como máximo diez).
# Variables:
#   $count (number) - how many sessions got an activity
wish-season-done = ✅ Las actividades quedan fijadas { $count ->
        [one] para el próximo encuentro.
        [many] para los próximos { $count } de encuentros.
       *[other] para los próximos { $count } encuentros.
    }
# Variables:
#   $count (number) - how many members got the vote
vote-started = 🗳 Ha empezado la votación: { $count ->
        [one] se ha preguntado a un participante.
        [many] se ha preguntado a { $count } de participantes.
       *[other] se ha preguntado a { $count } participantes.
    }
vote-question = 🗳 ¿Qué hacemos juntos? Elija una opción.
vote-reminder = 🗳 La votación cierra pronto. ¿Qué le gustaría hacer?
vote-saved = ✅ Muchas gracias por su voto.
vote-retracted = Su voto se ha retirado.
vote-closed = Esta votación ya está cerrada.
# Variables:
#   $name (string) - a member without a smartphone
vote-for = 📵 ¿Qué elige { $name }?
# Variables:
#   $winner (string) - the chosen activity
#   $lines (string) - the options with their counts
vote-result = 🎉 El grupo ha elegido: { $winner }
    { $lines }
vote-tie = 🗳 Hay un empate. ¿Qué elige usted?
# Variables:
#   $date (datetime) - the meeting that gets the activity
vote-attached = 📅 Está planeado para el encuentro del { $date }.
# Variables:
#   $name (string) - the member's name
#   $text (string) - the wish in the member's own words
wish-text-from = 💡 Deseo de { $name }: { $text }
# The later wishes questions: one more button for words of her own.
wish-other = Otra cosa
wish-other-prompt = ✍️ Escriba unas palabras o envíe un mensaje de voz.
# A line of the wishes overview.
# Variables:
#   $count (number) - how many people answered only that they do not know yet
wish-results-dont-know = 🤷 Todavía no lo saben: { $count }
wish-for = 📵 { $name } no tiene smartphone. Llame y pregunte qué le hace feliz, luego toque la respuesta:
wish-for-saved = ✅ Anotado para { $name }.
