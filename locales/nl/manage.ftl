# Deelnemers beheren in de chat: naam wijzigen, verwijderen, naar een andere groep, groepsbegeleider maken.

# Variables:
#   $name (string) - the member's name
mm-what = { $name }: wat wilt u doen?
mm-rename = Naam wijzigen
mm-move = Andere groep
mm-remove = Verwijderen
mm-promote = Begeleider maken
# Variables:
#   $name (string) - the member's name now
mm-ask-name = Wat is de nieuwe naam voor { $name }?
# Variables:
#   $old (string) - the old name
#   $new (string) - the new name
mm-renamed = ✅ { $old } heet nu { $new }.
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-confirm-remove = { $name } verwijderen uit { $group }? { $name } krijgt dan geen berichten meer van deze groep.
mm-yes-remove = Ja, verwijderen
# Variables:
#   $name (string) - the member's name
mm-removed = ✅ { $name } is verwijderd.
# Variables:
#   $group (string) - the group's name
mm-removed-you = U zit niet meer in { $group }. Dank u wel voor het meedoen. 🌷
# Variables:
#   $name (string) - the member's name
mm-ask-group = Naar welke groep gaat { $name }?
# Variables:
#   $name (string) - the member's name
#   $group (string) - the new group
mm-moved = ✅ { $name } zit nu in { $group }.
# Variables:
#   $group (string) - the new group
mm-moved-you = U zit nu in de groep { $group }. Welkom! 🌷
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-promoted = ✅ { $name } is nu groepsbegeleider van { $group }.
