# The relay between participants and their group leader.

# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-from-member = 💬 { $name } ({ $group }): { $text }
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-voice = 🎤 رسالة صوتية من { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-photo = 📷 صورة من { $name } ({ $group })
# Variables:
#   $name (string) - the participant's display name
#   $group (string) - the group's name
relay-from-member-media = 📎 ملف من { $name } ({ $group })
relay-reply-button = ردّ
relay-passed-on = ✅ وصلت رسالتكم إلى المسؤول عن المجموعة.
relay-nobody = لا يوجد مسؤول عن مجموعتكم بعد. رسالتكم محفوظة.
# Variables:
#   $name (string) - the participant's display name
relay-reply-prompt = اكتبوا الآن ردّكم على { $name }، أو سجّلوه رسالة صوتية.
relay-reply-cancelled = حسنًا، لم يُرسَل أي ردّ.
# Variables:
#   $name (string) - the participant's display name
relay-reply-sent = ✅ تم الإرسال إلى { $name }.
# Variables:
#   $name (string) - the participant's display name
relay-target-phone-only = ليس لدى { $name } هاتف ذكي. من فضلكم اتصلوا بـ { $name } هاتفيًا.
# Variables:
#   $name (string) - the group leader's display name
#   $text (string) - what the group leader wrote
relay-from-facilitator = 💬 { $name }: { $text }
# Variables:
#   $name (string) - the group leader's display name
relay-from-facilitator-media = 🎤 رسالة من { $name }
staff-who-for = لمن هذه الرسالة؟ اضغطوا أولًا على «ردّ» تحت رسالة أحد المشاركين، أو أرسلوا «القائمة».
# Variables:
#   $name (string) - the participant's name
#   $group (string) - the group's name
#   $text (string) - what the participant wrote
relay-plea-from-member = 🆘 طلب مساعدة من { $name } ({ $group }): { $text }
# Under the ↩ Reply prompt, when the participant chose another language than the leader.
# Variables:
#   $name (string) - the participant's name
#   $language (string) - her language, in its own name
relay-reply-language = لغة { $name }: { $language }. ستصل كلماتكم كما تكتبونها.
