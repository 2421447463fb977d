# Descriptions in Telegram's command menu (at most 256 characters, short is better).
command-help = ماذا يمكنني أن أفعل هنا؟
command-language = اختاروا لغتكم
command-stop = إيقاف الرسائل
command-start = استقبال الرسائل من جديد
command-mydata = ماذا تحتفظون به عني؟
command-forget = حذف معلوماتي
command-menu = قائمة المسؤول عن المجموعة
command-next = متى اللقاء القادم؟
command-voice = الرسائل بالصوت أيضًا
