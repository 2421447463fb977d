# Negativas, pausar a un participante, el límite de mensajes entrantes, el archivo de datos.

not-allowed = Lo siento, eso no es posible para usted. Envíe "ayuda" para ver lo que puede hacer.
paused-not-passed-on = Por ahora sus mensajes no le llegan a su guía. Por favor, hable con su guía en el próximo encuentro.
too-fast = Está enviando muchos mensajes a la vez. Por favor, espere un minuto; los últimos no le llegaron a su guía.
mydata-file = 📎 Todos sus datos en un archivo.
mm-pause = Pausar mensajes
mm-unpause = Reanudar mensajes
# Variables:
#   $name (string) - the member's name
mm-paused = ⏸ Los mensajes de { $name } ya no le llegan a usted. Esta persona sigue recibiendo los recordatorios.
# Variables:
#   $name (string) - the member's name
mm-unpaused = ▶️ Los mensajes de { $name } vuelven a llegarle.
# Variables:
#   $group (string) - the group's name
mm-paused-you = Por ahora, sus mensajes no le llegan a su guía de { $group }. Usted sigue recibiendo los recordatorios.
# Variables:
#   $group (string) - the group's name
mm-unpaused-you = Sus mensajes vuelven a llegar a su guía { $group }.
# The leader marks a member who reads little: her messages come as voice messages too.
mm-voice-on = También con voz
mm-voice-off = Solo texto
# Variables:
#   $name (string) - the member
mm-voice-saved-on = 🔊 { $name } ahora recibe los mensajes también como mensaje de voz.
# Variables:
#   $name (string) - the member
mm-voice-saved-off = 📝 { $name } ahora recibe los mensajes solo como texto.
