# Acompañantes: participantes que se ofrecen a mantener el contacto con otra persona del grupo.

menu-buddies = Acompañantes
buddy-pick = ¿Quién será acompañante? Elija a alguien que se ofreció a ayudar.
# Variables:
#   $buddy (string) - the buddy's name
buddy-pick-member = ¿Con quién mantendrá el contacto { $buddy }? Primero aparecen los participantes que hablan el mismo idioma.
# Variables:
#   $buddy (string) - the buddy's name
buddy-ask = Su guía pregunta: ¿puede { $buddy }, del grupo, llamarle de vez en cuando? { $buddy } solo recibirá su número si usted dice que sí.
buddy-yes = Sí, está bien
buddy-no = No, gracias
buddy-thanks-yes = ¡Muchas gracias! Su acompañante se mantendrá en contacto con usted.
buddy-thanks-no = De acuerdo. Nadie recibirá su número.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-asked = Hemos preguntado a { $member } si { $buddy } puede llamar.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-agreed = ✅ { $member } ha aceptado a { $buddy } como acompañante.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-declined = { $member } prefiere que { $buddy } no le llame.
# Variables:
#   $member (string) - the member's name
#   $phone (string) - the number, or "none"
buddy-assigned = 🤝 Ahora usted es acompañante de { $member }. ¡Muchas gracias! { $phone ->
        [none] {""}
       *[other] Número: { $phone }
    }
