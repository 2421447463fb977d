# Refusals, pausing a member, the inbound rate limit, the data file.

not-allowed = عذرًا، هذا غير متاح لكم. أرسلوا «مساعدة» لتعرفوا ما يمكنكم فعله.
paused-not-passed-on = رسائلكم لا يتم توصيلها في الوقت الحالي. من فضلكم تحدثوا مع المسؤول عن المجموعة في اللقاء القادم.
too-fast = ترسلون رسائل كثيرة في وقت واحد. من فضلكم انتظروا دقيقة؛ آخر الرسائل لم يتم توصيلها.
mydata-file = 📎 كل معلوماتكم في ملف.
mm-pause = تعليق الرسائل
mm-unpause = استئناف الرسائل
# Variables:
#   $name (string) - the member's name
mm-paused = ⏸ لن تصلكم رسائل { $name } بعد الآن. لكن التذكيرات ما زالت تصل إلى { $name }.
# Variables:
#   $name (string) - the member's name
mm-unpaused = ▶️ رسائل { $name } تصلكم من جديد.
# Variables:
#   $group (string) - the group's name
mm-paused-you = أوقف المسؤول عن مجموعة { $group } توصيل رسائلكم مؤقتًا. ما زالت التذكيرات تصلكم.
# Variables:
#   $group (string) - the group's name
mm-unpaused-you = رسائلكم إلى المسؤول عن مجموعة { $group } تصل من جديد.
# The leader marks a member who reads little: her messages come as voice messages too.
mm-voice-on = بالصوت أيضًا
mm-voice-off = نص فقط
# Variables:
#   $name (string) - the member
mm-voice-saved-on = 🔊 تصل الرسائل الآن إلى { $name } كرسائل صوتية أيضًا.
# Variables:
#   $name (string) - the member
mm-voice-saved-off = 📝 تصل الرسائل الآن إلى { $name } كنص فقط.
