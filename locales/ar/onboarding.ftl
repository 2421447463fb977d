# Joining: invite codes, consent, language, calls, welcome.

stranger-how-to-join = مرحبًا! هذا برنامج مجموعة لقاءاتكم. للانضمام، أرسلوا الرمز الذي أعطاكم إياه المسؤول عن المجموعة.
invite-unknown = لا أعرف هذا الرمز. من فضلكم تأكدوا منه، أو اطلبوا رمزًا جديدًا من المسؤول عن المجموعة.
invite-expired = هذا الرمز قديم. من فضلكم اطلبوا رمزًا جديدًا من المسؤول عن المجموعة.
invite-used-up = هذا الرمز استُخدم مرات كثيرة. من فضلكم اطلبوا رمزًا جديدًا من المسؤول عن المجموعة.
# Variables:
#   $group (string) - the group's name
invite-already-member = أنتم أعضاء في { $group } بالفعل.
# Variables:
#   $group (string) - the group's name
consent-question = أهلًا وسهلًا بكم في { $group }! هل توافقون أن نرسل لكم هنا مواعيد اللقاءات ورسائل المجموعة، وأن نحفظ اسمكم ولغتكم وإجاباتكم؟
consent-yes = أوافق
consent-no = لا، شكرًا
language-other = لغة أخرى
consent-already = لقد أجبتم من قبل. شكرًا لكم!
consent-declined = حسنًا. لم نحتفظ بأي شيء. يمكنكم الانضمام لاحقًا بنفس الرمز.
language-question = بأي لغة تريدون الرسائل؟
# Variables:
#   $language (string) - the language's own name
language-changed = تم. سأكتب لكم من الآن باللغة { $language }.
call-question = هل يمكن للمسؤول عن المجموعة أن يتصل بكم؟
call-yes = نعم، اتصلوا بي
call-no = لا، بدون اتصال
call-saved-yes = تم الحفظ: يمكن للمسؤول عن المجموعة أن يتصل بكم.
call-saved-no = تم الحفظ: لن يتصل بكم المسؤول عن المجموعة.
# Variables:
#   $group (string) - the group's name
welcome-participant = أنتم الآن في { $group }. 🌷 ستصلكم رسالة قبل كل لقاء. يمكنكم في أي وقت إرسال رسالة مكتوبة أو صوتية هنا، وستصل إلى المسؤول عن المجموعة. ما يُقال في المجموعة يبقى في المجموعة.
# Variables:
#   $group (string) - the group's name
welcome-facilitator = أهلًا وسهلًا بكم في دور المسؤول عن مجموعة { $group }! رسائل أعضائكم تصل إلى هنا. أرسلوا «القائمة» لتروا أدواتكم.
# Variables:
#   $name (string) - the new member's display name
#   $group (string) - the group's name
#   $language (string) - the member's language, in its own name
member-joined = 👋 عضو جديد في { $group }: { $name } ({ $language }).
# Variables:
#   $names (list) - the names of those who joined, as one list (cut after two: "and 8 others")
#   $group (string) - the group's name
members-joined = 👋 أعضاء جدد في { $group }: { $names }.
# Variables:
#   $count (number) - how many names are left out (2 or more)
list-others = { $count ->
    [one] شخص آخر
    [two] شخصان آخران
    [few] { $count } أشخاص آخرين
   *[other] { $count } شخصًا آخر
}
call-share-number = اضغطوا على الزر في الأسفل لتعطوا رقم هاتفكم للمسؤول عن المجموعة.
call-share-button = إرسال رقمي
call-number-saved = شكرًا لكم. يمكن للمسؤول عن المجموعة الآن أن يتصل بكم.
# After the language: voice messages for those who read little (the question comes with its own voice note).
voice-question = 🔊 هل تريدون أن أرسل لكم رسائلي أيضًا كرسائل صوتية؟
voice-yes = نعم، بالصوت أيضًا
voice-no = لا، النص يكفي
voice-on = 🔊 من الآن تصلكم رسائلي أيضًا كرسائل صوتية.
voice-off = 📝 من الآن تصلكم رسائلي كنص فقط.
# Variables:
#   $language (string) - her language, in its own name: there is no voice for it yet
voice-none = عذرًا، لا أستطيع التحدث بـ{ $language } بعد. تصلكم رسائلي كنص.
