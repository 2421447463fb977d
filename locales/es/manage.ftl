# Gestionar participantes en el chat: cambiar el nombre, quitar, pasar a otro grupo, nombrar guía del grupo.

# Variables:
#   $name (string) - the member's name
mm-what = { $name }: ¿qué desea hacer?
mm-rename = Cambiar nombre
mm-move = Otro grupo
mm-remove = Quitar
mm-promote = Hacer guía
# Variables:
#   $name (string) - the member's name now
mm-ask-name = ¿Cuál es el nuevo nombre de { $name }?
# Variables:
#   $old (string) - the old name
#   $new (string) - the new name
mm-renamed = ✅ { $old } ahora se llama { $new }.
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-confirm-remove = ¿Quitar a { $name } de { $group }? { $name } ya no recibirá mensajes de este grupo.
mm-yes-remove = Sí, quitar
# Variables:
#   $name (string) - the member's name
mm-removed = ✅ { $name } ya no está en el grupo.
# Variables:
#   $group (string) - the group's name
mm-removed-you = Usted ya no está en { $group }. Muchas gracias por participar. 🌷
# Variables:
#   $name (string) - the member's name
mm-ask-group = ¿A qué grupo pasa { $name }?
# Variables:
#   $name (string) - the member's name
#   $group (string) - the new group
mm-moved = ✅ { $name } ya está en { $group }.
# Variables:
#   $group (string) - the new group
mm-moved-you = Ahora está en el grupo { $group }. ¡Le damos la bienvenida! 🌷
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-promoted = ✅ { $name } es ahora guía del grupo { $group }.
