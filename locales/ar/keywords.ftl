# Whole-message keywords on channels without commands (WhatsApp, the console).
# Comma-separated words. Each language lists its own words; English words always work too.
keyword-help = مساعدة, مساعده, ساعدني
keyword-language = اللغة, لغة, اللغه
keyword-stop = توقف, إيقاف, ايقاف
keyword-start = ابدأ, ابدا, بدء
keyword-forget = احذفني, انسني, احذف بياناتي
keyword-mydata = بياناتي, معلوماتي
keyword-menu = القائمة, قائمة, القائمه
keyword-next = القادم, اللقاء القادم, متى اللقاء
