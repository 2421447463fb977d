# Parar, empezar, olvídame, mis datos.

stop-confirmed = 🔕 Ya no recibirá más mensajes. Envíe "empezar" para volver a recibirlos.
start-resumed = 🔔 ¡Qué alegría tenerle de vuelta! Volverá a recibir mensajes.
start-already = Usted ya recibe mensajes. Envíe "ayuda" para ver lo que puede hacer.
forget-confirm = ¿Quiere que borremos todos sus datos? Saldrá de su grupo. Esto no se puede deshacer.
forget-yes = Sí, borrar
forget-no = No, guardar
forget-kept = De acuerdo, no se borró nada.
forget-done = Sus datos se han borrado. ¡Adiós, y que le vaya muy bien! Puede volver a unirse con un código nuevo.
# Variables:
#   $name (string) - the member's display name
member-forgotten = { $name } dejó el grupo y pidió borrar sus datos.
# Variables:
#   $name (string) - the member's display name
#   $language (string) - their language
#   $groups (string) - their groups
#   $call (string) - yes or no: may the group leader call
#   $stopped (string) - yes or no: messages stopped
mydata = Esto es lo que guardamos sobre usted:
    Nombre: { $name }
    Idioma: { $language }
    Grupo: { $groups }
    { $call ->
        [yes] Su guía le puede llamar.
       *[no] Su guía no le llamará.
    }
    { $stopped ->
        [yes] Sus mensajes están en pausa.
       *[no] Usted recibe mensajes.
    }
    Y sus respuestas a nuestras preguntas. Envíe "olvídeme" para borrarlo todo.
stop-button = Parar mensajes
forget-button = Borrar mis datos
stop-confirm = ¿Quiere dejar de recibir todos los mensajes de samen?
stop-keep = No, sigan
stop-kept = Muy bien, no cambia nada.
