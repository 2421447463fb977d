# الاختيار معًا: جولة الأمنيات، واختيارات المسؤول عن المجموعة، والتصويت، والنتيجة.

activity-walk = نزهة في الحي
activity-cooking = طبخ وأكل معًا
activity-museum = زيارة متحف
activity-trip = رحلة إلى مدينة
activity-health = معلومات صحية
activity-massage = تدليك اليدين
activity-knitting = حياكة الصوف
activity-painting = الرسم
activity-clay = تشكيل الطين
activity-flowers = تنسيق الزهور
activity-singing = الغناء
activity-dancing = الرقص
activity-quiz = مسابقة أسئلة
activity-feast = الاحتفال بعيد
activity-sports = رياضة في القاعة
activity-crafts = صنع الأساور
menu-wishes = الأمنيات
menu-vote = التصويت
# Variables:
#   $count (number) - how many members were asked
wish-started = 💡 بدأت جولة الأمنيات: { $count ->
        [zero] لم يُسأل أي عضو.
        [one] تم سؤال عضو واحد.
        [two] تم سؤال عضوين.
        [few] تم سؤال { $count } أعضاء.
        [many] تم سؤال { $count } عضوًا.
       *[other] تم سؤال { $count } عضو.
    }
wish-q-happy = 💡 ما الذي يُسعدكم؟ اضغطوا على زر، أو اكتبوا بضع كلمات، أو أرسلوا رسالة صوتية.
wish-q-before = 💡 ماذا كنتم تحبون أن تفعلوا في الماضي؟ اضغطوا مرة أخرى في القائمة أعلاه أو على زر أدناه، أو اكتبوا بضع كلمات، أو أرسلوا رسالة صوتية.
wish-q-together = 💡 ماذا تحبون أن تفعلوا مع المجموعة؟ اضغطوا مرة أخرى في القائمة أعلاه أو على زر أدناه، أو اكتبوا بضع كلمات، أو أرسلوا رسالة صوتية.
wish-dont-know = لا أعرف بعد
wish-thanks = 🌷 شكرًا لكم! سيجمع المسؤول عن المجموعة كل الأفكار.
wish-reminder = 💡 يسعد مجموعتكم أن تسمع أفكاركم. ما زال بإمكانكم الإجابة.
# Variables:
#   $name (string) - the member's name
wish-voice-from = 🎤 أمنية { $name } (رسالة صوتية)
# Variables:
#   $count (number) - how many members answered
#   $lines (string) - the wishes, one per line
wish-results = 💡 الأمنيات حتى الآن (عدد الإجابات: { $count }):
    { $lines }
    اضغطوا على الأنشطة التي تدخل التصويت (من 2 إلى 10)، أو اكتبوا اختيارًا من عندكم، ثم اضغطوا على «بدء التصويت».
wish-vote-start = بدء التصويت
wish-season = للموسم كله
wish-need-options = اختاروا خيارين على الأقل (وعشرة على الأكثر).
# Variables:
#   $count (number) - how many sessions got an activity
wish-season-done = ✅ تم تحديد الأنشطة { $count ->
        [zero] للقاءات القادمة.
        [one] للقاء القادم.
        [two] للقاءين القادمين.
        [few] لـ { $count } لقاءات قادمة.
        [many] لـ { $count } لقاءً قادمًا.
       *[other] لـ { $count } لقاء قادم.
    }
# Variables:
#   $count (number) - how many members got the vote
vote-started = 🗳 بدأ التصويت: { $count ->
        [zero] لم يُسأل أي عضو.
        [one] تم سؤال عضو واحد.
        [two] تم سؤال عضوين.
        [few] تم سؤال { $count } أعضاء.
        [many] تم سؤال { $count } عضوًا.
       *[other] تم سؤال { $count } عضو.
    }
vote-question = 🗳 ماذا سنفعل معًا؟ اختاروا شيئًا واحدًا.
vote-reminder = 🗳 سينتهي التصويت قريبًا. ماذا تحبون أن تفعلوا؟
vote-saved = ✅ شكرًا لكم على تصويتكم.
vote-retracted = تم سحب صوتكم.
vote-closed = هذا التصويت مغلق بالفعل.
# Variables:
#   $name (string) - a member without a smartphone
vote-for = 📵 ما اختيار { $name }؟
# Variables:
#   $winner (string) - the chosen activity
#   $lines (string) - the options with their counts
vote-result = 🎉 اختارت المجموعة: { $winner }
    { $lines }
vote-tie = 🗳 تعادلت الأصوات. ماذا تختارون؟
# Variables:
#   $date (datetime) - the meeting that gets the activity
vote-attached = 📅 النشاط مخطط للقاء { $date }.
# Variables:
#   $name (string) - the member's name
#   $text (string) - the wish in the member's own words
wish-text-from = 💡 أمنية { $name }: { $text }
# The later wishes questions: one more button for words of her own.
wish-other = شيء آخر
wish-other-prompt = ✍️ اكتبوا بضع كلمات أو أرسلوا رسالة صوتية.
# A line of the wishes overview.
# Variables:
#   $count (number) - how many people answered only that they do not know yet
wish-results-dont-know = 🤷 لا يعرفون بعد: { $count }
wish-for = 📵 { $name } بلا هاتف ذكي. اتصلوا واسألوا ما الذي يُسعد { $name }، ثم اضغطوا الإجابة:
wish-for-saved = ✅ سُجّل لـ { $name }.
