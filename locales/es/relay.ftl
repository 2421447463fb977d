# Los mensajes entre los participantes y su guía.

# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-from-member = 💬 { $name } ({ $group }): { $text }
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-voice = 🎤 Mensaje de voz de { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-photo = 📷 Foto de { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-media = 📎 Archivo de { $name } ({ $group })
relay-reply-button = Responder
relay-passed-on = ✅ Enviado a su guía.
relay-nobody = Su grupo todavía no tiene guía. Su mensaje está guardado.
# Variables:
#   $name (string) - the participant's display name
relay-reply-prompt = Escriba o grabe ahora su respuesta para { $name }.
relay-reply-cancelled = De acuerdo, no se envió ninguna respuesta.
# Variables:
#   $name (string) - the participant's display name
relay-reply-sent = ✅ Enviado a { $name }.
# Variables:
#   $name (string) - the participant's display name
relay-target-phone-only = { $name } no tiene smartphone. Por favor, llame a { $name }.
# Variables:
#   $name (string) - the group leader's display name
#   $text (string) - what the group leader wrote
relay-from-facilitator = 💬 { $name }: { $text }
# Variables:
#   $name (string) - the group leader's display name
relay-from-facilitator-media = 🎤 Un mensaje de { $name }
staff-who-for = ¿Para quién es este mensaje? Toque primero "Responder" debajo del mensaje de un participante, o envíe "menú".
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-plea-from-member = 🆘 { $name } ({ $group }) pide ayuda: { $text }
# Under the ↩ Reply prompt, when the participant chose another language than the leader.
# Variables:
#   $name (string) - the participant's name
#   $language (string) - her language, in its own name
relay-reply-language = { $name } lee { $language }: sus palabras llegan tal como las escribe.
