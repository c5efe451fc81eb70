<#-- Helpers for the social media policy (owned by the social media templates).
     Import with: <#import "/_macros-social.ftl" as sm>
     Functions return plain strings (auto-escaped where printed); anything holding a link is
     printed directly by the template with ${fmt.link(text, url)}. -->

<#-- "a", "a and b", "a, b and c" -->
<#function andList items>
  <#return fmt.list(items)>
</#function>

<#-- The possessive of the school's word for its children: "pupils'", "learners'", "children's". -->
<#function possessive word>
  <#return fmt.possessive(word)>
</#function>

<#-- The sentence-form name of the person who approves official social media use. The profile's
     default is "headteacher"; a setting led by a manager or principal gets its own word. -->
<#function approver>
  <#if p.socialMedia.approvedBy == "headteacher"><#return w.leader></#if>
  <#return p.socialMedia.approvedBy>
</#function>

<#-- Who, besides the leadership, works with the children: "teachers", or "key persons" in an
     early years setting. -->
<#function practitioners>
  <#return p.school.type.practitioners>
</#function>


<#-- True for a primary-age school (infant, junior, primary): every pupil is under 13, the minimum
     age most social media services set. -->
<#function primaryAge>
  <#return p.school.type.primaryAge>
</#function>

<#-- A platform's name as printed ("X (Twitter)"), from the Platform enum: one home for the labels. -->
<#function label c>
  <#return c.platform.label>
</#function>

<#-- Platform names of the given channels, each once, in profile order. -->
<#function platforms channels>
  <#local out = []>
  <#list channels as c>
    <#local name = label(c)>
    <#if !out?seq_contains(name)><#local out += [name]></#if>
  </#list>
  <#return out>
</#function>

<#-- Whether any channel's access (open or closed) is not recorded: then no sentence claims either. -->
<#function anyUnknown channels>
  <#list channels as c><#if c.access == "UNKNOWN"><#return true></#if></#list>
  <#return false>
</#function>

<#-- The school's own channels, and those its trust's layer shares with every school (they carry
     sharedBy, the layer's name): present the shared ones as the trust's ("The Brook Trust's LinkedIn
     page"), never as the school's own. -->
<#function ownOnes channels>
  <#local out = []>
  <#list channels as c><#if !(c.sharedBy??)><#local out += [c]></#if></#list>
  <#return out>
</#function>

<#-- Whose the shared channels are: "The Brook Trust's", or "our trust's" when the layer names no group. -->
<#function sharedOwner>
  <#if school.group??><#return fmt.possessive(school.group.name)></#if>
  <#return "our trust's">
</#function>

<#function sharedOnes channels>
  <#local out = []>
  <#list channels as c><#if c.sharedBy??><#local out += [c]></#if></#list>
  <#return out>
</#function>

<#function openOnes channels>
  <#local out = []>
  <#list channels as c><#if c.access == "OPEN"><#local out += [c]></#if></#list>
  <#return out>
</#function>

<#function closedOnes channels>
  <#local out = []>
  <#list channels as c><#if c.access == "CLOSED"><#local out += [c]></#if></#list>
  <#return out>
</#function>

<#-- "Tapestry for EYFS and Year 1", "Seesaw (coming soon)" -->
<#function closedDescription c>
  <#local s = label(c)>
  <#if c.audience??><#local s += " for " + c.audience></#if>
  <#if c.status == "PLANNED"><#local s += " (coming soon)"></#if>
  <#return s>
</#function>

<#-- The details in brackets after a channel's name: "open", "open, coming soon",
     "closed, for EYFS and Year 1". -->
<#function channelDetails c>
  <#local parts = []>
  <#if c.access == "OPEN"><#local parts += ["open"]><#elseif c.access == "CLOSED"><#local parts += ["closed"]></#if>
  <#if c.status == "PLANNED"><#local parts += ["coming soon"]></#if>
  <#if c.audience??><#local parts += ["for " + c.audience]></#if>
  <#return parts?join(", ")>
</#function>

<#-- A channel as listed: "Facebook (open)", "Tapestry (closed, for EYFS and Year 1)",
     "X (Twitter, open)". -->
<#function channelHeading c>
  <#local name = label(c)>
  <#local details = channelDetails(c)>
  <#if !details?has_content><#return name></#if>
  <#if name?ends_with(")")><#return name?remove_ending(")") + ", " + details + ")"></#if>
  <#return name + " (" + details + ")">
</#function>

<#-- Whether the channel list adds anything to the summary sentence: an address, a purpose, or
     the audience of an open channel (a closed channel's audience is in the summary). -->
<#function channelsHaveDetails channels>
  <#list channels as c><#if c.address?? || c.purpose?? || (c.access != "CLOSED" && c.audience??)><#return true></#if></#list>
  <#return false>
</#function>

<#-- A guidance edition as cited: ‘Title’ year, linked when it has an address. -->
<#macro guidance e><#if e.url??>‘${fmt.link(e.title, e.url?string)}’<#else>‘${e.title}’</#if> ${e.year}</#macro>
