// Word lists the engine reads Chinese transcript conventions with (see
// ../shared/docs/transcript-formats.md). Data only: the rules that use them live in labels.ts,
// names.ts and handoffs.ts.

/** Single-character surnames, the common ones plus those met in press conferences. */
const SINGLE_SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢' +
  '姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温' +
  '康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成' +
  '苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费' +
  '卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封谈匡鞠惠' +
  '荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平' +
  '计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危银亢嵇公哈湛' +
  '宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由寿',
);

const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒',
  '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '申屠', '澹台', '钟离', '百里', '呼延',
]);

export function surnameLength(name: string): number {
  if (COMPOUND_SURNAMES.has(name.slice(0, 2))) return 2;
  return SINGLE_SURNAMES.has(name.charAt(0)) ? 1 : 0;
}

/**
 * Endings of job titles, longest first when used: a label like `…新闻发言人田玉龙` splits after
 * the last of these into title and name.
 */
export const TITLE_ENDINGS = [
  '新闻发言人', '发言人', '副局长', '局长', '副部长', '部长', '司长', '处长', '厅长', '副主任', '主任',
  '主席', '总理', '书记', '省长', '市长', '区长', '县长', '行长', '会长', '社长', '院长', '校长', '署长',
  '秘书长', '理事长', '董事长', '总经理', '经理', '总裁', '总监', '总工程师', '工程师', '教授', '研究员',
  '学者', '专家', '分析师', '经济学家', '策略师', '投资官', '主管', '合伙人', '创始人', '负责人', '代表',
  '委员', '大使', '参赞', '顾问', '主持人', '嘉宾', '首席', '基金经理', '董事', '监事', '院士', '博士',
  '律师', '医生', '主编', '总编辑', '台长', '总师', '行长助理', '部长助理', '助理', '干事', '成员', '官',
  '长', '员', '师', '人',
].sort((a, b) => b.length - a.length);

/** A surname followed by one of these is a name as speakers use it: 王总, 黄局长, 李院长. */
export const HONORIFICS = [
  '总', '董', '老师', '先生', '女士', '同志', '教授', '博士', '院长', '主任', '大使', '行长', '部长', '局长',
  '司长', '处长', '经理', '总监', '律师', '医生', '书记', '市长', '省长', '主席', '总工', '秘书长', '会长',
];

/** Labels that name a function rather than a person. */
export const HOST_WORDS = ['主持人', '主持'];
export const QUESTIONER_WORDS = ['问', '提问', '记者', '追问', '记者提问', '现场提问', '观众提问', '网友提问', 'Q'];
/** Audience labels: a speaker only when they recur (a lone `网友：为祖国骄傲！` is a quote). */
export const AUDIENCE_WORDS = ['网友', '观众', '听众', '读者'];
/** Labels for "the answer", whoever gives it: the person the opening names, when it names one. */
export const ANSWER_WORDS = ['答', '回答', 'A'];
export const RESPONDENT_WORDS = [...ANSWER_WORDS, '嘉宾'];
export const FOLLOW_UP_WORD = '追问';

/** Text before a colon that is metadata, never a speaker. */
export const METADATA_LABEL =
  /^(责任编辑|原标题|标题|作者|来源|编辑|校对|审校|审核|审核人|图片来源|图片|图|文|摄影|摄|出品|出品人|策划|监制|撰文|链接|网址|地址|电话|邮箱|时间|日期|地点|注|备注|提示|温馨提示|声明|免责声明|特别声明|风险提示|看重点|相关报道|相关阅读|延伸阅读|推荐阅读|相关新闻|关键词|关键字|摘要|导语|附|附件|下载|文章来源|本文来源|数据来源|资料来源|视频|音频|专题|话题|参考资料|参考文献|统筹|制作|设计|海报|编译|翻译|整理|记者手记|主办|承办|协办)$|(来源|编辑|出处)$/;

/** Reported speech and sentence-like openings: `某某表示：“…”`, `有记者提问：`, `一是…：`. */
const SPEECH_VERBS =
  '表示|说|说道|指出|认为|强调|介绍|称|透露|坦言|分析|提到|回应|解释|补充|问道|答道|谈到|建议|提醒|呼吁|直言|总结|写道|坦承|预计|判断|表态|发文|宣布|提出|称赞|评价|感慨|告诉|坦陈|笑称|举例|援引|显示|回忆|看来|观点|如下|发现|要求|明确|通报|报道|消息|获悉|了解到|注意到|是|有|为|在于|包括|主要|例如|比如|即|道';
export const SPEECH_VERB_ENDING = new RegExp(`(?:${SPEECH_VERBS})$`);
/** A speech verb alone, never a name: `…副主任强调：` is not a speaker called 强调. */
export const SPEECH_VERB = new RegExp(`^(?:${SPEECH_VERBS})$`);
export const SENTENCE_OPENING =
  /^(有|据|另|此外|对此|其中|他|她|它|该|这|那|在|当|对于|关于|如果|但|而|并|同时|因此|所以|其次|首先|最后|此前|目前|今年|去年|截至|第[一二三四五六七八九十\d]+|[一二三四五六七八九十]+是|[一二三四五六七八九十]+、|\d+[、.．])/;

/** Endings of news organisations' names, for outlets printed without 记者 (`新京报：`). */
export const OUTLET_ENDING =
  /(网|报|社|台|新闻|财经|周刊|杂志|卫视|频道|传媒|时报|日报|晚报|在线|客户端|电视|广播|头条|资讯|视频|商报|观察)$/;

/** Verbs that close a handoff: `请黄利斌局长回答`, `下面请某公司的王总谈谈`. */
export const HANDOFF =
  /请\s*([^。！？，,；;：:“”]{1,24}?)\s*(?:来|再|先|给大家)?(?:回答|作答|答复|回应|介绍|作介绍|谈谈|谈一谈|讲讲|讲一讲|说说|说一说|补充|解答|发言|分享)/g;
