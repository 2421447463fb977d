# Unirse: códigos de invitación, consentimiento, idioma, llamadas, bienvenida.

stranger-how-to-join = ¡Hola! Para unirse a su grupo, envíe el código que le dio su guía.
invite-unknown = No conozco este código. Por favor, revíselo o pida un código nuevo a su guía.
invite-expired = Este código ya no vale. Por favor, pida uno nuevo a su guía.
invite-used-up = Este código se ha usado demasiadas veces. Por favor, pida un código nuevo a su guía.
# Variables:
#   $group (string) - the group's name
invite-already-member = Usted ya está en { $group }.
# Variables:
#   $group (string) - the group's name
consent-question = Por aquí recibirá los avisos y mensajes de { $group }. Guardamos su nombre, su idioma y sus respuestas: ¿está de acuerdo?
consent-yes = Estoy de acuerdo
consent-no = No, gracias
language-other = Otro idioma
consent-already = Usted ya ha respondido. ¡Muchas gracias!
consent-declined = De acuerdo. No hemos guardado nada. Puede unirse más tarde con el mismo código.
language-question = ¿Qué idioma prefiere?
# Variables:
#   $language (string) - the language's own name
language-changed = Listo. Le escribiré en { $language }.
call-question = ¿Puede su guía llamarle por teléfono?
call-yes = Sí, llámeme
call-no = No me llame
call-saved-yes = Guardado: su guía le puede llamar.
call-saved-no = Guardado: su guía no le llamará.
# Variables:
#   $group (string) - the group's name
welcome-participant = Ya está en { $group }. 🌷 Le avisaremos antes de cada encuentro. Para hablar con su guía, escriba o mande un audio aquí. Lo que se dice en el grupo, se queda en el grupo.
# Variables:
#   $group (string) - the group's name
welcome-facilitator = ¡Le damos la bienvenida como guía de { $group }! Aquí llegan los mensajes de sus participantes. Envíe "menú" para ver sus herramientas.
# Variables:
#   $name (string) - the new member's display name
#   $group (string) - the group's name
#   $language (string) - the member's language, in its own name
member-joined = 👋 { $name } se unió a { $group } ({ $language }).
# Variables:
#   $names (list) - the names of those who joined, as one list (cut after two: "and 8 others")
#   $group (string) - the group's name
members-joined = 👋 { $names } se unieron a { $group }.
# Variables:
#   $count (number) - how many names are left out (2 or more)
list-others = { $count ->
    [one] una persona más
   *[other] { $count } personas más
}
call-share-number = Toque el botón de abajo para dar su número de teléfono a su guía.
call-share-button = Enviar mi número
call-number-saved = Muchas gracias. Su guía ya le puede llamar.
# After the language: voice messages for those who read little (the question comes with its own voice note).
voice-question = 🔊 ¿Le envío mis mensajes también como mensaje de voz?
voice-yes = Sí, con voz
voice-no = No, el texto basta
voice-on = 🔊 A partir de ahora recibirá mis mensajes también como mensaje de voz.
voice-off = 📝 A partir de ahora recibirá mis mensajes solo como texto.
# Variables:
#   $language (string) - her language, in its own name: there is no voice for it yet
voice-none = Lo siento, todavía no sé hablar { $language }. Recibirá mis mensajes como texto.
