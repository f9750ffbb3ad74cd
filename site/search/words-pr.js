gazetteSearch.words("pr",[["professor",2],["protect",2],["provide",4]]);
