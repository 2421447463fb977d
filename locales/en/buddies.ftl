# Buddies: participants who volunteer to keep in touch with another member.

menu-buddies = Buddies
buddy-pick = Who will be a buddy? Choose someone who offered to help.
# Variables:
#   $buddy (string) - the buddy's name
buddy-pick-member = Who should { $buddy } keep in touch with? Members who speak the same language come first.
# Variables:
#   $buddy (string) - the buddy's name
buddy-ask = Your group leader asks: may { $buddy } from the group call you now and then? { $buddy } only gets your number if you say yes.
buddy-yes = Yes, that's fine
buddy-no = No, thank you
buddy-thanks-yes = Thank you! Your buddy will keep in touch.
buddy-thanks-no = All right. Nobody gets your number.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-asked = We asked { $member } whether { $buddy } may call.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-agreed = ✅ { $member } agreed: { $buddy } is now their buddy.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-declined = { $member } would rather not be called by { $buddy }.
# Variables:
#   $member (string) - the member's name
#   $phone (string) - the number, or "none"
buddy-assigned = 🤝 You are now the buddy of { $member }. Thank you! { $phone ->
        [none] {""}
       *[other] Number: { $phone }
    }
