# Управление на участниците в чата: смяна на име, премахване, преместване в друга група, назначаване за водещ на групата.

# Variables:
#   $name (string) - the member's name
mm-what = { $name }: какво искате да направите?
mm-rename = Смени името
mm-move = Друга група
mm-remove = Премахни
mm-promote = Направи водещ
# Variables:
#   $name (string) - the member's name now
mm-ask-name = Какво е новото име на { $name }?
# Variables:
#   $old (string) - the old name
#   $new (string) - the new name
mm-renamed = ✅ { $old } вече се казва { $new }.
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-confirm-remove = Да премахнем ли { $name } от { $group }? Този човек няма да получава повече съобщения от тази група.
mm-yes-remove = Да, премахни
# Variables:
#   $name (string) - the member's name
mm-removed = ✅ Премахнахме { $name }.
# Variables:
#   $group (string) - the group's name
mm-removed-you = Вече не сте в групата { $group }. Благодарим Ви, че участвахте. 🌷
# Variables:
#   $name (string) - the member's name
mm-ask-group = В коя група да отиде { $name }?
# Variables:
#   $name (string) - the member's name
#   $group (string) - the new group
mm-moved = ✅ { $name } вече е в групата { $group }.
# Variables:
#   $group (string) - the new group
mm-moved-you = Вече сте в групата { $group }. Добре дошли! 🌷
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-promoted = ✅ { $name } вече е водещ на групата { $group }.
