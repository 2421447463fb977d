# Maneha miembronan den e chat: kambia nòmber, kita afó, pasa pa otro grupo, hasi guia di grupo.

# Variables:
#   $name (string) - the member's name
mm-what = { $name }: kiko bo ke hasi?
mm-rename = Kambia nòmber
mm-move = Otro grupo
mm-remove = Kita afó
mm-promote = Hasi guia
# Variables:
#   $name (string) - the member's name now
mm-ask-name = Kua ta e nòmber nobo pa { $name }?
# Variables:
#   $old (string) - the old name
#   $new (string) - the new name
mm-renamed = ✅ Awor e nòmber di { $old } ta { $new }.
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-confirm-remove = Kita { $name } for di { $group }? E lo no haña mas mensahe di e grupo aki.
mm-yes-remove = Sí, kita afó
# Variables:
#   $name (string) - the member's name
mm-removed = ✅ Nos a kita { $name } for di e grupo.
# Variables:
#   $group (string) - the group's name
mm-removed-you = Bo no ta den { $group } mas. Masha danki ku bo a tuma parti. 🌷
# Variables:
#   $name (string) - the member's name
mm-ask-group = Na kua grupo { $name } ta bai?
# Variables:
#   $name (string) - the member's name
#   $group (string) - the new group
mm-moved = ✅ { $name } ta den { $group } awor.
# Variables:
#   $group (string) - the new group
mm-moved-you = Awor bo ta den e grupo { $group }. Bon bini! 🌷
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-promoted = ✅ { $name } ta guia di grupo di { $group } awor.
