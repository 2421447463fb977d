# La tarjeta de invitación para imprimir.

# Variables:
#   $group (string) - the group's name
card-line = ¡Le damos la bienvenida a { $group }! Para unirse, escanee un código con la cámara de su teléfono.
invite-card = 🖨 La tarjeta de invitación para imprimir o compartir.
