# Broadcasts from the group leader to the group, ready-made announcements, a linked Telegram group chat.

menu-broadcast = رسالة إلى الجميع
menu-link-chat = مجموعة تيليجرام
# Variables:
#   $group (string) - the group's name
bc-ask-audience = 📣 رسالة إلى { $group }. لمن ترسلونها؟
bc-everyone = الجميع
bc-coming = من سيحضرون
# Variables:
#   $group (string) - the group's name
bc-ask-content = اكتبوا رسالتكم، أو أرسلوا صورة أو رسالة صوتية. أو اختاروا رسالة جاهزة: تصل إلى كل شخص بلغته.
bc-ready-cancelled-label = اللقاء ملغى
bc-ready-place-label = مكان جديد
bc-ready-bring-label = أحضروا شيئًا
bc-ready-ramadan-label = رمضان
bc-ready-eid-label = عيد مبارك
bc-ready-christmas-label = عيد الميلاد
bc-ready-newyear-label = رأس السنة
bc-ready-ketikoti-label = كيتي كوتي
bc-ready-divali-label = ديوالي
bc-ready-summer-label = عطلة الصيف
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-cancelled = 📣 مجموعة { $group }: لن يُقام لقاء يوم { $date }. سنخبركم عن اللقاء القادم. اعتنوا بأنفسكم!
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
#   $place (string) - the new place, or "none"
bc-ready-place = 📣 مجموعة { $group }: لقاء يوم { $date } في مكان آخر. { $place ->
        [none] سيخبركم المسؤول عن المجموعة بالمكان.
       *[other] نلتقي في: { $place }.
    }
# Variables:
#   $group (string) - the group's name
#   $date (datetime) - when the next meeting starts
bc-ready-bring = 📣 مجموعة { $group }: من فضلكم أحضروا إلى لقاء يوم { $date } شيئًا نتشاركه: طبقًا، أو صورة، أو قصة من بلدكم. 🍲
# Variables:
#   $group (string) - the group's name
bc-ready-ramadan = 🌙 تتمنى مجموعة { $group } لكل الصائمين شهرًا مباركًا. رمضان مبارك!
# Variables:
#   $group (string) - the group's name
bc-ready-eid = 🌙 عيد مبارك! تتمنى مجموعة { $group } لكم ولعائلاتكم عيدًا سعيدًا.
# Variables:
#   $group (string) - the group's name
bc-ready-christmas = 🎄 تتمنى لكم مجموعة { $group } عيد ميلاد مجيدًا وأيامًا دافئة مع أحبائكم.
# Variables:
#   $group (string) - the group's name
bc-ready-newyear = 🎆 سنة جديدة سعيدة من مجموعة { $group }! نتطلع إلى رؤيتكم من جديد.
# Variables:
#   $group (string) - the group's name
bc-ready-ketikoti = كيتي كوتي: اليوم نتذكر نهاية العبودية ونحتفل بالحرية. تتمنى لكم مجموعة { $group } يومًا ذا معنى.
# Variables:
#   $group (string) - the group's name
bc-ready-divali = 🪔 ديوالي سعيد! تتمنى لكم مجموعة { $group } النور والفرح والصحة الجيدة.
# Variables:
#   $group (string) - the group's name
bc-ready-summer = ☀️ تأخذ مجموعة { $group } عطلة صيفية. نتمنى لكم صيفًا سعيدًا! سنخبركم عندما نلتقي من جديد.
bc-needs-meeting = لا يوجد لقاء قادم مخطط له، لذلك لا يمكن استخدام هذه الرسالة الآن. من فضلكم اكتبوا رسالتكم بأنفسكم.
bc-preview-title = 👀 هذا ما سيصلهم:
# Variables:
#   $count (number) - how many members get it
#   $languages (string) - their languages
#   $versions (string) - languages with a version of their own, or "none"
#   $phone (string) - names of members without a smartphone, or "none"
#   $chat (string) - yes when it also goes to a linked Telegram group
bc-summary = ستصل الرسالة إلى { $count ->
        [zero] { $count } أعضاء
        [one] عضو واحد
        [two] عضوين
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    } ({ $languages }).{ $versions ->
        [none] {""}
       *[other] {" "}لغات لها نسخة خاصة: { $versions }.
    }{ $chat ->
        [yes] {" "}وتصل أيضًا إلى مجموعة تيليجرام المرتبطة.
       *[other] {""}
    }{ $phone ->
        [none] {""}
       *[other] {" "}من فضلكم اتصلوا بمن ليس لديه هاتف ذكي: { $phone }.
    } هل ترسلونها الآن؟
bc-send = إرسال
bc-add-version = لغة أخرى
bc-version-not-needed = الرسالة الجاهزة تصل بالفعل إلى كل شخص بلغته.
bc-ask-version-language = لأي لغة تريدون كتابة نسخة خاصة؟
# Variables:
#   $language (string) - the language
bc-ask-version-text = اكتبوا الرسالة بهذه اللغة: { $language }.
bc-cancelled = حسنًا، لم نرسل أي شيء.
bc-nobody = لا يوجد أحد بعد لنرسل إليه هذه الرسالة.
# Variables:
#   $count (number) - how many members get it
bc-sent = 📣 تم الإرسال إلى { $count ->
        [zero] { $count } أعضاء
        [one] عضو واحد
        [two] عضوين
        [few] { $count } أعضاء
        [many] { $count } عضوًا
       *[other] { $count } عضو
    }. ستصلكم إجاباتهم هنا.
# Variables:
#   $count (number) - how many members to call
#   $lines (string) - one line per member: name and number if known
bc-call-these = 📵 { $count ->
        [one] هذا العضو ليس لديه
        [two] هذان العضوان ليس لديهما
       *[other] هؤلاء الأعضاء ليس لديهم
    } هاتف ذكي. من فضلكم اتصلوا لتوصيل الرسالة:
    { $lines }
# Variables:
#   $group (string) - the group's name
#   $name (string) - the group leader's name
#   $text (string) - the message
broadcast-message = 📣 { $group } · { $name }:
    { $text }
# Variables:
#   $group (string) - the group's name
#   $name (string) - the group leader's name
broadcast-media = 📣 { $group } · { $name }
# Variables:
#   $group (string) - the group's name
#   $code (string) - the one-time code
#   $linked (string) - yes when a chat is linked already
link-howto = 🔗 مجموعة تيليجرام لـ { $group }: فقط للأعضاء الذين يختارون الانضمام إليها، لأنهم يرون هناك أسماء وحسابات بعضهم.
    1. أنشئوا مجموعة تيليجرام وأضيفوني إليها.
    2. أرسلوا هذا هناك: /link { $code }
    يعمل الرمز مرة واحدة، ولمدة يوم واحد. بعد ذلك تصل الإعلانات أيضًا إلى تلك المجموعة، والتصويت هناك سري. لن أضيف أي شخص إليها أبدًا.{ $linked ->
        [yes] {" "}توجد مجموعة مرتبطة الآن: الربط الجديد يحل محلها.
       *[other] {""}
    }
link-unlink = فك ربط المحادثة
link-none = لا توجد مجموعة تيليجرام مرتبطة.
# Variables:
#   $group (string) - the group's name
link-unlinked = ✅ لم تعد مجموعة تيليجرام مرتبطة بـ { $group }.
# Variables:
#   $group (string) - the group's name
chat-unlinked = لم تعد هذه المحادثة مرتبطة بـ { $group }. تصل الإعلانات الآن في المحادثات الخاصة فقط.
chat-link-bad-code = هذا الرمز لا يعمل. اطلبوا رمزًا جديدًا من قائمتكم («مجموعة تيليجرام»)، ثم أرسلوا هنا /link مع الرمز.
chat-link-leaders-only = فقط المسؤول عن المجموعة يمكنه ربط هذه المحادثة أو فك ربطها.
# Variables:
#   $other (string) - the group this chat is linked to
chat-link-taken = هذه المحادثة مرتبطة بالفعل بـ { $other }. أرسلوا /unlink أولًا.
# Variables:
#   $group (string) - the group's name
chat-linked = ✅ هذه المحادثة مرتبطة الآن بـ { $group }. ستظهر الإعلانات هنا أيضًا. كل شيء آخر يبقى في المحادثات الخاصة معي.
chat-not-linked = هذه المحادثة غير مرتبطة بأي مجموعة.
chat-what-i-do = أنشر هنا الإعلانات فقط. لأي شيء آخر، اكتبوا لي في محادثة خاصة.
chat-vote = 🗳 ماذا سنفعل معًا؟ هذا التصويت سري. يُحسب صوتكم عندما تجيبون في محادثتكم الخاصة معي.
# The preview shows every version the leader wrote.
# Variables:
#   $language (string) - the version's language, in its own name
#   $text (string) - the version
bc-preview-version = 🌐 { $language }: { $text }
# Variables:
#   $names (string) - who will get the leader's own text
#   $count (number) - how many they are
#   $language (string) - the language they chose, in its own name
bc-no-version = { $names } { $count ->
        [one] يقرأ
       *[other] يقرؤون
    } { $language }: ستصلهم رسالتكم كما كتبتموها. اضغطوا على { $language } لإضافة نسخة.
# Members who have their messages read aloud do not hear a leader's own text (it is not translated).
# Variables:
#   $names (string) - who has voice on
#   $count (number) - how many they are
bc-no-voice = 🔇 { $count ->
        [one] تصل الرسائل إلى { $names } بالصوت أيضًا
       *[other] تصل الرسائل إلى { $names } بالصوت أيضًا
    }، لكن كلماتكم أنتم لا تُقرأ بصوت عالٍ. الرسالة الجاهزة تُقرأ، وكذلك رسالة صوتية تسجلونها.
