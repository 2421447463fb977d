# Maatjes: deelnemers die aanbieden contact te houden met een andere deelnemer.

menu-buddies = Maatjes
buddy-pick = Wie wordt maatje? Kies iemand die heeft aangeboden te helpen.
# Variables:
#   $buddy (string) - the buddy's name
buddy-pick-member = Met wie houdt { $buddy } contact? Deelnemers met dezelfde taal staan bovenaan.
# Variables:
#   $buddy (string) - the buddy's name
buddy-ask = Uw groepsbegeleider vraagt: mag { $buddy } uit de groep u af en toe bellen? { $buddy } krijgt uw nummer alleen als u ja zegt.
buddy-yes = Ja, dat is goed
buddy-no = Nee, dank u
buddy-thanks-yes = Dank u wel! Uw maatje houdt contact met u.
buddy-thanks-no = Goed. Niemand krijgt uw nummer.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-asked = We hebben { $member } gevraagd of { $buddy } mag bellen.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-agreed = ✅ { $member } vindt het goed: { $buddy } is nu het maatje van { $member }.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-declined = { $member } wil liever niet gebeld worden door { $buddy }.
# Variables:
#   $member (string) - the member's name
#   $phone (string) - the number, or "none"
buddy-assigned = 🤝 U bent nu het maatje van { $member }. Dank u wel! { $phone ->
        [none] {""}
       *[other] Nummer: { $phone }
    }
