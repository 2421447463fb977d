# Managing members in chat: rename, remove, move to another group, make a group leader.

# Variables:
#   $name (string) - the member's name
mm-what = { $name }: what do you want to do?
mm-rename = Rename
mm-move = Other group
mm-remove = Remove
mm-promote = Make leader
# Variables:
#   $name (string) - the member's name now
mm-ask-name = What is the new name for { $name }?
# Variables:
#   $old (string) - the old name
#   $new (string) - the new name
mm-renamed = ✅ { $old } is now called { $new }.
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-confirm-remove = Remove { $name } from { $group }? They will get no more messages from this group.
mm-yes-remove = Yes, remove
# Variables:
#   $name (string) - the member's name
mm-removed = ✅ { $name } has been removed.
# Variables:
#   $group (string) - the group's name
mm-removed-you = You are no longer in { $group }. Thank you for taking part. 🌷
# Variables:
#   $name (string) - the member's name
mm-ask-group = To which group should { $name } go?
# Variables:
#   $name (string) - the member's name
#   $group (string) - the new group
mm-moved = ✅ { $name } is now in { $group }.
# Variables:
#   $group (string) - the new group
mm-moved-you = You are now in the group { $group }. Welcome! 🌷
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-promoted = ✅ { $name } is now a group leader of { $group }.
