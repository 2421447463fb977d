# Whole-message keywords on channels without commands (WhatsApp, the console).
# Comma-separated words. Each language lists its own words; English words always work too.
keyword-help = مساعدة, مساعده
keyword-language = اللغة, لغة, اللغه
keyword-stop = توقف, إيقاف, ايقاف, إيقاف الرسائل
keyword-start = ابدأ, ابدا, إبدأ, بدء, انضمام
keyword-forget = احذفني, انسني, احذف معلوماتي
keyword-mydata = معلوماتي, معلوماتي
keyword-menu = القائمة, قائمة, القائمه
keyword-next = القادم, اللقاء القادم, متى اللقاء
# Words that ask for help or for a call, anywhere in a message (whole words): it reaches the
# group leader marked 🆘 and is never taken as the answer to a question.
words-plea = ساعدني, ساعدوني, النجدة, اتصلي بي, اتصل بي, اتصلوا بي, كلميني, كلمني, تتصلي بي, تتصل بي
# Everyday words that can also mean stop: stopping is asked before it takes effect.
keyword-stop-ask = كفى, كفاية
# Answers in words: a typed answer to the last question's buttons, matched as whole words
# anywhere in a short message (comma-separated; case and accents do not matter).
answer-yes = نعم, ايوه, أيوه, اه, آه, طيب, حاضر, أكيد, واخا
answer-no = لا
answer-call = اتصلي بي, اتصل بي, اتصلوا بي, كلميني, كلمني
answer-coming = سآتي, سأحضر, سأجيء, آتي, جاية, جاي, غادي نجي, سأكون هناك
answer-not-coming = لا أستطيع, لا أقدر, لن آتي, لن أحضر, ما نقدرش, ما غاديش نجي, لا يمكنني
keyword-voice = صوت, رسالة صوتية, صوتي
keyword-web = ويب, الموقع, صفحة الويب
