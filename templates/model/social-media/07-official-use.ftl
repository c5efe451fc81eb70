<#import "/_macros-social.ftl" as sm>
<#-- A school that decided to have no channels says so (social_media.no_channels): silence had left readers to guess. -->
<#assign noChannels = p.socialMedia.noChannels && !p.socialMedia.channels?has_content>
<#if noChannels || p.socialMedia.channels?has_content>
<@clause id="title">
## Official use of social media
</@clause>
</#if>
<#if noChannels>
<@clause id="no-channels">
- ${school.shortName} has no official social media channels.
</@clause>
</#if>
<#if p.socialMedia.channels?has_content>
<#-- The school's own channels; those a trust's layer shares with every school are named as the trust's. -->
<#assign ownAll = sm.ownOnes(p.socialMedia.channels)>
<#assign shared = sm.sharedOnes(school.channelsLive)>
<#assign openLive = sm.openOnes(sm.ownOnes(school.channelsLive))>
<#assign openPlanned = sm.openOnes(sm.ownOnes(school.channelsPlanned))>
<#assign closed = sm.closedOnes(ownAll)>
<#assign openCount = openLive?size + openPlanned?size>
<#assign closedNames = []>
<#list closed as c><#assign closedNames += [sm.closedDescription(c)]></#list>

<#assign sharedPages>${sm.sharedOwner()} ${sm.andList(sm.platforms(shared))} page<#if (shared?size > 1)>s</#if></#assign>
<#-- A trust's page agreed but not yet running is named as coming, never dropped. -->
<#assign sharedSoon = sm.sharedOnes(school.channelsPlanned)>
<#assign soonPages>${sm.sharedOwner()} ${sm.andList(sm.platforms(sharedSoon))} page<#if (sharedSoon?size > 1)>s</#if></#assign>
<#-- The trust's pages a school shares are listed with their addresses too, named as the trust's, so a reader can find them. -->
<#assign sharedListed = shared?filter(c -> c.address??)>
<#assign listed = sm.channelsHaveDetails(ownAll) || sharedListed?has_content>
<#assign listedItems = (sm.channelsHaveDetails(ownAll))?then(ownAll, []) + sharedListed>
<#-- The sentence before the list names the platforms already: the list gives their addresses (one as such), or, where
     some channel has details but no address, the channels themselves. -->
<#assign intro = (listedItems?size == 1 && listedItems[0].address??)?then("Its address is:", sharedListed?has_content?then("The addresses are:",
    listedItems?filter(c -> !c.address??)?has_content?then("In detail:", "Their addresses are:")))>
<#-- Whether the trust's pages are open or closed, as the school's own are described, where the layer says so for all of them. -->
<#assign sharedAccess = "">
<#if shared?has_content && shared?filter(c -> c.access == "OPEN")?size == shared?size><#assign sharedAccess = (shared?size == 1)?then(", an open site", ", open sites")>
<#elseif shared?has_content && shared?filter(c -> c.access == "CLOSED")?size == shared?size><#assign sharedAccess = (shared?size == 1)?then(", a closed site", ", closed sites")></#if>
<#assign sharing><#if shared?has_content> We also share ${sharedPages}${sharedAccess}.</#if><#if sharedSoon?has_content> We will soon share ${soonPages}.</#if></#assign>
<@clause id="channels">
<#if !ownAll?has_content>
- ${school.shortName} has no official social media channels of its own<#if shared?has_content>; it shares ${sharedPages}</#if><#if sharedSoon?has_content><#if shared?has_content>, and<#else>;</#if> it will soon share ${soonPages}</#if><#if sharedListed?has_content>:<#else>.</#if>
<#elseif sm.anyUnknown(ownAll)>
<#-- Whether a channel is open or closed is not recorded: name the channels without claiming either. -->
<#assign live = sm.platforms(sm.ownOnes(school.channelsLive))>
<#assign planned = sm.platforms(sm.ownOnes(school.channelsPlanned))>
<#-- One channel and nothing planned: "channel is". -->
- ${school.theShortName()?cap_first} official social media channel<#if live?size != 1 || planned?has_content>s</#if> <#if live?has_content><#if live?size == 1 && !planned?has_content>is<#else>are</#if> ${sm.andList(live)}<#if planned?has_content>, and will soon include ${sm.andList(planned)}</#if><#else>will soon include ${sm.andList(planned)}</#if>.${sharing}<#if listed> ${intro}</#if>
<#elseif openLive?has_content>
<#if openLive?size == 1 && !openPlanned?has_content && closed?has_content>
<#-- One open channel beside closed ones: "channel is Facebook. This is an open site. Other closed sites include …" had
     called the closed ones someone else's. -->
- ${school.theShortName()?cap_first} official social media channels are ${sm.andList(sm.platforms(openLive))}, an open site, and ${sm.andList(closedNames)}, <#if closedNames?size == 1>a closed site<#else>closed sites</#if>.${sharing}<#if listed> ${intro}</#if>
<#else>
- ${school.theShortName()?cap_first} official social media <#if openLive?size == 1 && !openPlanned?has_content>channel is<#else>channels are</#if> ${sm.andList(sm.platforms(openLive))}<#if openPlanned?has_content>, and will soon include ${sm.andList(sm.platforms(openPlanned))}</#if>. <#if openCount == 1>This is an open site.<#elseif openCount == 2>These are both open sites.<#else>These are all open sites.</#if><#if closed?has_content> Other closed sites include ${sm.andList(closedNames)}.</#if>${sharing}<#if listed> ${intro}</#if>
</#if>
<#elseif openPlanned?has_content>
- ${school.theShortName()?cap_first} official social media channels will soon include ${sm.andList(sm.platforms(openPlanned))}. <#if openCount == 1>This is an open site.<#elseif openCount == 2>These are both open sites.<#else>These are all open sites.</#if><#if closed?has_content> Other closed sites include ${sm.andList(closedNames)}.</#if>${sharing}<#if listed> ${intro}</#if>
<#else>
- ${school.theShortName()?cap_first} official social media <#if closedNames?size == 1>channel is a closed site<#else>channels are closed sites</#if>: ${sm.andList(closedNames)}.${sharing}<#if listed> ${intro}</#if>
</#if>
<#if sm.channelsHaveDetails(ownAll)>
<#list ownAll as c>
  - ${sm.channelHeading(c)}<#if c.address??>: <#if c.address?starts_with("http")>${fmt.link(c.address, c.address)}<#else>${c.address}</#if></#if><#if c.purpose??>, <#if !c.purpose?matches("(?i)(to|for) .*")>for </#if>${c.purpose}</#if>
</#list>
</#if>
<#list sharedListed as c>
  - <#if ownAll?has_content>${sm.sharedOwner()} </#if>${sm.label(c)}: <#if c.address?starts_with("http")>${fmt.link(c.address, c.address)}<#else>${c.address}</#if>
</#list>
</@clause>
<#-- Setting up and approving a channel is for a school that runs channels of its own: a trust approves the pages it shares. -->
<#if ownAll?has_content>
<@clause id="official-use-social">
- The official use of social media sites as a communication tool by ${school.shortName} only takes place with clear educational or community engagement objectives and with specific intended outcomes, and the use has been formally risk assessed and approved by the ${sm.approver()} prior to use.
</@clause>
</#if>
<@clause id="only-social-media">
- Only social media sites which have been risk assessed and approved as suitable for educational purposes will be used.
</@clause>
<#-- Until a channel of the school's own is running, the clauses on how running ones are protected, set up and held would
     not be true; a trust protects, sets up and holds the pages it shares. -->
<#if sm.ownOnes(school.channelsLive)?has_content>
<@clause id="official-social-media-4">
- Official social media sites are suitably protected and, where possible, they are linked to our website pages.
<@clause id="official-social-media-5">
  - Official social media channels have been set up as distinct and dedicated accounts for official educational or engagement purposes only.
</@clause>
<#-- Registering and holding the logins of accounts is for a school that runs channels of its own: a trust runs the pages it shares. -->
<@clause id="staff-use-provided">
  - Staff use ${w.setting} provided email addresses to register for and manage official social media channels.
</@clause>
<@clause id="leadership-staff-have">
  - Leadership staff have access to account information and login details for our social media channels, in case of emergency, such as staff absence.
</@clause>
</@clause>
</#if>
<@clause id="official-social-media-6">
- Official social media use will be conducted in line with existing policies, including but not limited to anti-bullying, image/camera use, data protection, confidentiality and ${m.cp()}.
</@clause>
<@clause id="communication-official-social">
- All communication on official social media platforms by staff on behalf of the ${w.setting} will be clear, transparent and open to scrutiny. Public communications<#if openLive?has_content> (${sm.andList(sm.platforms(openLive + openPlanned))})</#if> on behalf of the ${w.setting} will, where appropriate and possible, be read and agreed by at least one other colleague.
</@clause>
<@clause id="parents-carers-informed">
- Parents/carers and ${w.children} will be informed of any official social media use, along with expectations for safe use and action taken to safeguard the community.
</@clause>
<@clause id="parents-carers-informed-2">
- Parents and carers will be informed of any official social media use with ${w.children}; any official social media activity involving ${w.children} will be moderated if possible and written <#if m.adultLearners()>consent (a parent's or carer's for a ${w.child} under 18)<#else>parental consent</#if> will be obtained as required.
</@clause>
<@clause id="we-ensure-official">
- We will ensure that any official social media use does not exclude members of the community who are unable or unwilling to use social media channels, and we will make efforts to share this information with these families as well, via telephone and written letters.
</@clause>
<@clause id="members-staff-who">
- Members of staff who follow and/or like our official social media channels will be advised to use dedicated professional accounts where possible, to avoid blurring professional boundaries.
</@clause>
<@clause id="members-staff-managing">
- If members of staff are managing and/or participating in online social media activity as part of their capacity as an employee of the ${w.setting}, they will:
<@clause id="read-understand-acceptable">
  - Read and understand our Acceptable Use Policy.
</@clause>
<@clause id="where-running-official">
  - Where they are running official accounts, sign our social media Acceptable Use Policy.
</@clause>
<@clause id="aware-ambassador">
  - Be aware they are an ambassador for the ${w.setting}.
</@clause>
<@clause id="professional-responsible-credible">
  - Be professional, responsible, credible, fair and honest, and consider how the information being published could be perceived or shared.
</@clause>
<@clause id="always-act-within">
  - Always act within the legal frameworks they would adhere to within the workplace, including libel, defamation, confidentiality, copyright, data protection and equalities laws.
</@clause>
<@clause id="follow-image-use">
  - Follow our image use policy at all times, for example ensuring that appropriate consent has been given before sharing images on the official social media channels.
</@clause>
<@clause id="disclose-information-make">
  - Not disclose information, make commitments or engage in activities on behalf of the ${w.setting}, unless they are authorised to do so.
</@clause>
<@clause id="engage-private-direct">
<#-- A learning journal (Tapestry, Seesaw, Class Dojo) exists for exchanges with each family: the rule would forbid what it
     is for. Only those: a closed Facebook group is still social media, where the rule stands. -->
<#assign journals = closed?filter(c -> c.platform.forFamilies)>
  - Not engage with any private or direct messaging with current or past ${w.children} or parents/carers and other family members<#if journals?has_content>, other than through ${sm.andList(sm.platforms(journals))} as the ${w.setting} uses <#if journals?size gt 1>them<#else>it</#if> with families</#if>.
</@clause>
<@clause id="inform-line-manager">
  - Inform their line manager, the DSL (or deputy) and/or the ${w.leader} of any concerns, such as criticism, inappropriate content or contact from ${w.children}.
</@clause>
</@clause>
</#if>
