gazetteSearch.words("me",[["meeting",0],["members",2]]);
