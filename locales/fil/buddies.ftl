# Mga kaagapay: mga kalahok na nag-alok na makipag-ugnayan sa ibang miyembro.

menu-buddies = Mga kaagapay
buddy-pick = Sino po ang magiging kaagapay? Pumili ng taong nag-alok na tumulong.
# Variables:
#   $buddy (string) - the buddy's name
buddy-pick-member = Kanino po makikipag-ugnayan si { $buddy }? Nauuna ang mga miyembrong pareho ang wika.
# Variables:
#   $buddy (string) - the buddy's name
buddy-ask = Nagtatanong po ang inyong lider ng grupo: puwede po bang tawagan kayo paminsan-minsan ni { $buddy } mula sa grupo? Makukuha lang ni { $buddy } ang inyong numero kung papayag kayo.
buddy-yes = Opo, ayos lang
buddy-no = Hindi po, salamat
buddy-thanks-yes = Salamat po! Kakamustahin po kayo ng inyong kaagapay.
buddy-thanks-no = Sige po. Walang makakakuha ng inyong numero.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-asked = Tinanong na po namin si { $member } kung puwedeng tumawag si { $buddy }.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-agreed = ✅ Pumayag si { $member }: si { $buddy } na ang kanyang kaagapay.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-declined = Mas gusto po ni { $member } na hindi siya tawagan ni { $buddy }.
# Variables:
#   $member (string) - the member's name
#   $phone (string) - the number, or "none"
buddy-assigned = 🤝 Kayo na po ang kaagapay ni { $member }. Salamat po! { $phone ->
        [none] {""}
       *[other] Numero: { $phone }
    }
