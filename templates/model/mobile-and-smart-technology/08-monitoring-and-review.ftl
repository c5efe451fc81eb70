<#assign onlineSafety = m.hasOnlineSafetyPolicy()>
<@clause id="title">
## Policy monitoring and review
</@clause>

<#-- The promise ("at least annually") follows the review cycle, so it always agrees with the dates. -->
<@clause id="technology-evolves-changes">
- Technology evolves and changes rapidly. ${school.shortName} will review this policy ${school.promise}. The policy will be revised following any national or local policy updates, any local concerns and/or any changes to our technical infrastructure.
</@clause>
<#if p.review.monitoredBy??>
<@clause id="implementation-policy-monitored">
- The implementation of this policy will be monitored by the ${p.review.monitoredBy?remove_beginning("the ")?remove_beginning("The ")}.
</@clause>
</#if>
<@clause id="we-regularly-monitor">
- We will regularly monitor internet and technology use taking place via all our provided devices and systems and evaluate online safety mechanisms to ensure that this policy is consistently applied.<#if p.socialMedia.filteringProvider??> Our filtering and monitoring systems are provided by ${p.socialMedia.filteringProvider}.</#if> Full information about the appropriate filtering and monitoring systems in place is detailed in our ${m.cp()} policy<#if onlineSafety> and online safety policy</#if>. Any issues identified as a result of our monitoring approaches will be incorporated into our action planning.
</@clause>
<@clause id="members-community-made">
- All members of the community will be made aware of how the ${w.setting} will monitor policy compliance: this will be achieved through our ${w.acceptableUse}<#if onlineSafety>, our online safety policy</#if>, staff training and ${m.hasLessons()?then("classroom management", "the management of each room")}.
</@clause>
