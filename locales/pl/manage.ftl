# Zarządzanie uczestnikami na czacie: zmiana imienia, usunięcie, przeniesienie do innej grupy, mianowanie opiekunem grupy.

# Variables:
#   $name (string) - the member's name
mm-what = { $name }: co chce Pan/Pani zrobić?
mm-rename = Zmień imię
mm-move = Inna grupa
mm-remove = Usuń
mm-promote = Zrób opiekunem
# Variables:
#   $name (string) - the member's name now
mm-ask-name = Jak ma się teraz nazywać { $name }?
# Variables:
#   $old (string) - the old name
#   $new (string) - the new name
mm-renamed = ✅ { $old } nazywa się teraz { $new }.
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-confirm-remove = Usunąć osobę { $name } z grupy { $group }? Ta osoba nie będzie już dostawać wiadomości z tej grupy.
mm-yes-remove = Tak, usuń
# Variables:
#   $name (string) - the member's name
mm-removed = ✅ Usunięto: { $name }.
# Variables:
#   $group (string) - the group's name
mm-removed-you = Nie jest Pan/Pani już w grupie { $group }. Dziękujemy za udział. 🌷
# Variables:
#   $name (string) - the member's name
mm-ask-group = Do której grupy ma przejść { $name }?
# Variables:
#   $name (string) - the member's name
#   $group (string) - the new group
mm-moved = ✅ { $name } jest teraz w grupie { $group }.
# Variables:
#   $group (string) - the new group
mm-moved-you = Jest Pan/Pani teraz w grupie { $group }. Witamy! 🌷
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-promoted = ✅ { $name } pełni teraz rolę opiekuna grupy { $group }.
