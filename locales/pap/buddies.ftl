# Kompañeronan: partisipantenan ku ta ofresé di keda na kontakto ku otro miembro.

menu-buddies = Kompañeronan
buddy-pick = Ken lo ta kompañero? Skohe un hende ku a ofresé di yuda.
# Variables:
#   $buddy (string) - the buddy's name
buddy-pick-member = Ku ken { $buddy } mester keda na kontakto? Miembronan ku ta papia e mesun idioma ta bin promé.
# Variables:
#   $buddy (string) - the buddy's name
buddy-ask = Bo guia di grupo ta puntra: { $buddy } di e grupo por yama bo di bes en kuando? { $buddy } ta haña bo number so si bo bisa sí.
buddy-yes = Sí, ta bon
buddy-no = No, danki
buddy-thanks-yes = Masha danki! Bo kompañero di grupo lo keda na kontakto ku bo.
buddy-thanks-no = Ta bon. Ningun hende lo no haña bo number.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-asked = Nos a puntra { $member } si { $buddy } por yama.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-agreed = ✅ { $member } ta di akuerdo: awor { $buddy } ta su kompañero di grupo.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-declined = { $member } ta preferá pa { $buddy } no yam'é.
# Variables:
#   $member (string) - the member's name
#   $phone (string) - the number, or "none"
buddy-assigned = 🤝 Awor bo ta kompañero di grupo di { $member }. Masha danki! { $phone ->
        [none] {""}
       *[other] Number: { $phone }
    }
