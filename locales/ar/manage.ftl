# إدارة الأعضاء في المحادثة: تغيير الاسم، الإزالة، النقل إلى مجموعة أخرى، التعيين مسؤولًا عن المجموعة.

# Variables:
#   $name (string) - the member's name
mm-what = { $name }: ماذا تريدون أن تفعلوا؟
mm-rename = تغيير الاسم
mm-move = مجموعة أخرى
mm-remove = إزالة
mm-promote = دور المسؤول
# Variables:
#   $name (string) - the member's name now
mm-ask-name = ما الاسم الجديد لـ { $name }؟
# Variables:
#   $old (string) - the old name
#   $new (string) - the new name
mm-renamed = ✅ الاسم الجديد لـ { $old } هو { $new }.
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-confirm-remove = إزالة { $name } من { $group }؟ لن تصل بعد ذلك أي رسائل من هذه المجموعة إلى { $name }.
mm-yes-remove = نعم، إزالة
# Variables:
#   $name (string) - the member's name
mm-removed = ✅ تمت إزالة { $name }.
# Variables:
#   $group (string) - the group's name
mm-removed-you = لم تعودوا في { $group }. شكرًا لكم على مشاركتكم. 🌷
# Variables:
#   $name (string) - the member's name
mm-ask-group = ما المجموعة الجديدة لـ { $name }؟
# Variables:
#   $name (string) - the member's name
#   $group (string) - the new group
mm-moved = ✅ { $name } الآن في { $group }.
# Variables:
#   $group (string) - the new group
mm-moved-you = أنتم الآن في مجموعة { $group }. أهلًا وسهلًا بكم! 🌷
# Variables:
#   $name (string) - the member's name
#   $group (string) - the group's name
mm-promoted = ✅ { $name } في دور المسؤول عن { $group } الآن.
