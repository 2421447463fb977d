# Приятели за подкрепа: участници, които предлагат да поддържат връзка с друг участник.

menu-buddies = Приятели
buddy-pick = Кой ще бъде приятел за подкрепа? Изберете някого, който е предложил да помага.
# Variables:
#   $buddy (string) - the buddy's name
buddy-pick-member = С кого да поддържа връзка { $buddy }? Участниците, които говорят същия език, са най-отгоре.
# Variables:
#   $buddy (string) - the buddy's name
buddy-ask = Водещият на групата пита: може ли { $buddy } от групата да Ви се обажда от време на време? { $buddy } ще получи номера Ви само ако кажете „да“.
buddy-yes = Да, добре
buddy-no = Не, благодаря
buddy-thanks-yes = Благодарим Ви! Вашият приятел за подкрепа ще поддържа връзка с Вас.
buddy-thanks-no = Добре. Никой няма да получи номера Ви.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-asked = Попитахме { $member } дали { $buddy } може да се обажда.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-agreed = ✅ { $member } каза „да“: { $buddy } вече е приятел за подкрепа.
# Variables:
#   $member (string) - the member's name
#   $buddy (string) - the buddy's name
buddy-declined = { $member } предпочита да не получава обаждания от { $buddy }.
# Variables:
#   $member (string) - the member's name
#   $phone (string) - the number, or "none"
buddy-assigned = 🤝 Вече сте приятел за подкрепа на { $member }. Благодарим Ви! { $phone ->
        [none] {""}
       *[other] Номер: { $phone }
    }
