# Pamamahala ng mga miyembro sa chat: palitan ang pangalan, alisin, ilipat sa ibang grupo, gawing lider ng grupo.

# Variables:
#   $name (string) - the member's name
mm-what = { $name }: ano po ang gusto ninyong gawin?
mm-rename = Bagong pangalan
mm-move = Ibang grupo
mm-remove = Alisin
mm-promote = Gawing lider
# Variables:
#   $name (string) - the member's name now
mm-ask-name = Ano po ang bagong pangalan ni { $name }?
# Variables:
#   $old (string) - the old name
#   $new (string) - the new name
mm-renamed = ✅ { $new } na po ang pangalan ni { $old }.
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-confirm-remove = Alisin po ba si { $name } sa { $group }? Hindi na siya makakatanggap ng mga mensahe mula sa grupong ito.
mm-yes-remove = Opo, alisin
# Variables:
#   $name (string) - the member's name
mm-removed = ✅ Naalis na po si { $name }.
# Variables:
#   $group (string) - the group's name
mm-removed-you = Hindi na po kayo kasali sa { $group }. Salamat po sa inyong pakikilahok. 🌷
# Variables:
#   $name (string) - the member's name
mm-ask-group = Saang grupo po lilipat si { $name }?
# Variables:
#   $name (string) - the member's name
#   $group (string) - the new group
mm-moved = ✅ Nasa { $group } na po si { $name }.
# Variables:
#   $group (string) - the new group
mm-moved-you = Kasali na po kayo sa grupong { $group }. Maligayang pagdating! 🌷
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-promoted = ✅ Lider na po ng { $group } si { $name }.
