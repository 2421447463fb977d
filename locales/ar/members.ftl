# The group leader's tools: menu, invites, member list, members without a smartphone.

menu-no-group = لا تشرفون على أي مجموعة حتى الآن.
menu-pick-group = أي مجموعة؟
# Variables:
#   $group (string) - the group's name
menu-title = قائمة { $group }:
menu-invite = دعوة
menu-members = الأعضاء
menu-add-phone-only = بدون هاتف ذكي
# Variables:
#   $code (string) - the invite code
#   $group (string) - the group's name
#   $expires (datetime) - when the code stops working
#   $uses (number) - how many people can still use it
invite-created = رمز جديد لمجموعة { $group }: { $code }
    أرسلوه إلى عضو جديد. يعمل الرمز حتى { $expires }، ويمكن أن يستخدمه { $uses ->
        [one] شخص واحد
        [two] شخصان
        [few] { $uses } أشخاص
        [many] { $uses } شخصًا
       *[other] { $uses } شخص
    }.
# Variables:
#   $group (string) - the group's name
#   $count (number) - how many members
#   $lines (string) - one line per member
members-list = { $group }: { $count ->
        [zero] لا يوجد أعضاء
        [one] عضو واحد
        [two] عضوان
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }
    { $lines }
    ⭐ المسؤول عن المجموعة · 📵 بدون هاتف ذكي · 📞 الاتصال مسموح · 🔕 الرسائل متوقفة · ⏳ لا موافقة بعد
# Variables:
#   $group (string) - the group's name
members-add-ask-name = إضافة عضو بدون هاتف ذكي إلى { $group }. أضيفوا فقط من وافق على الانضمام. ما الاسم؟
# Variables:
#   $max (number) - the longest name allowed
members-add-bad-name = من فضلكم اكتبوا اسمًا لا يزيد عدد حروفه على { $max }.
# Variables:
#   $name (string) - the new member's name
members-add-ask-language = ما لغة { $name }؟
# Variables:
#   $name (string) - the new member's name
members-add-ask-number = على أي رقم هاتف يمكنكم الاتصال بـ { $name }؟ فقط بموافقة { $name }. أو اضغطوا على «تخطي».
members-add-skip = تخطي
members-add-bad-number = هذا ليس رقم هاتف. اكتبوه هكذا: { "\u2066+31612345678\u2069" }، أو اضغطوا على «تخطي».
# Variables:
#   $name (string) - the new member's name
#   $group (string) - the group's name
#   $language (string) - their language, in its own name
members-add-done = ✅ تمت إضافة { $name } ({ $language }) إلى { $group }. أنتم تجيبون بدلًا من { $name }.
members-add-cancelled = حسنًا، لم تتم إضافة أحد.
# Variables:
#   $link (string) - a Telegram link that joins with the code
invite-link = على تيليجرام يمكن للعضو الجديد أيضًا أن يضغط على هذا الرابط: { $link }
# Variables:
#   $link (string) - a WhatsApp link that opens a chat with the join words ready
invite-link-whatsapp = على واتساب يمكن للعضو الجديد أن يضغط على هذا الرابط ثم على «إرسال»: { $link }
